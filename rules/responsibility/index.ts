import type {RuleSpec} from '../../src/types.js'
import acceptedFriendRequests from './accepted-friend-requests.js'
import allowedThemselvesToBe from './allowed-themselves-to-be.js'
import askingForTrouble from './asking-for-trouble.js'
import associatesWithAdults from './associates-with-adults.js'
import becameInvolved from './became-involved.js'
import broughtItOnThemselves from './brought-it-on-themselves.js'
import choseTo from './chose-to.js'
import complicit from './complicit.js'
import contactingAdultsOnline from './contacting-adults-online.js'
import declinedSupport from './declined-support.js'
import deservedIt from './deserved-it.js'
import despiteAdvice from './despite-advice.js'
import drugDebt from './drug-debt.js'
import experimentingWithDrugs from './experimenting-with-drugs.js'
import gettingIntoCars from './getting-into-cars.js'
import gotDrunk from './got-drunk.js'
import gotThemselvesInto from './got-themselves-into.js'
import groomedThemselves from './groomed-themselves.js'
import hardToReach from './hard-to-reach.js'
import herChoice from './her-choice.js'
import involvedInCrime from './involved-in-crime.js'
import involvedInExploitation from './involved-in-exploitation.js'
import involvementIn from './involvement-in.js'
import keepsGoingBack from './keeps-going-back.js'
import keepsGoingMissing from './keeps-going-missing.js'
import knewTheRisks from './knew-the-risks.js'
import ledThemOn from './led-them-on.js'
import lifestyleChoice from './lifestyle-choice.js'
import madeAChoice from './made-a-choice.js'
import naive from './naive.js'
import ownWorstEnemy from './own-worst-enemy.js'
import poorChoices from './poor-choices.js'
import prefersStreetLife from './prefers-street-life.js'
import puttingThemselvesAtRisk from './putting-themselves-at-risk.js'
import refusesToEngage from './refuses-to-engage.js'
import refusesToSupportPolice from './refuses-to-support-police.js'
import riskyBehaviour from './risky-behaviour.js'
import riskyLifestyle from './risky-lifestyle.js'
import runsAway from './runs-away.js'
import selfGeneratedImages from './self-generated-images.js'
import sentNudes from './sent-nudes.js'
import shouldHaveKnown from './should-have-known.js'
import sixOfOne from './six-of-one.js'
import toBlame from './to-blame.js'
import uncooperative from './uncooperative.js'
import votingWithTheirFeet from './voting-with-their-feet.js'
import vulnerabilitiesLedTo from './vulnerabilities-led-to.js'
import whyDidntThey from './why-didnt-they.js'
import wontLeave from './wont-leave.js'
import wrongCrowd from './wrong-crowd.js'

export default [
  acceptedFriendRequests,
  allowedThemselvesToBe,
  askingForTrouble,
  associatesWithAdults,
  becameInvolved,
  broughtItOnThemselves,
  choseTo,
  complicit,
  contactingAdultsOnline,
  declinedSupport,
  deservedIt,
  despiteAdvice,
  drugDebt,
  experimentingWithDrugs,
  gettingIntoCars,
  gotDrunk,
  gotThemselvesInto,
  groomedThemselves,
  hardToReach,
  herChoice,
  involvedInCrime,
  involvedInExploitation,
  involvementIn,
  keepsGoingBack,
  keepsGoingMissing,
  knewTheRisks,
  ledThemOn,
  lifestyleChoice,
  madeAChoice,
  naive,
  ownWorstEnemy,
  poorChoices,
  prefersStreetLife,
  puttingThemselvesAtRisk,
  refusesToEngage,
  refusesToSupportPolice,
  riskyBehaviour,
  riskyLifestyle,
  runsAway,
  selfGeneratedImages,
  sentNudes,
  shouldHaveKnown,
  sixOfOne,
  toBlame,
  uncooperative,
  votingWithTheirFeet,
  vulnerabilitiesLedTo,
  whyDidntThey,
  wontLeave,
  wrongCrowd,
] as const satisfies readonly RuleSpec[]
