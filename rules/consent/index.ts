import type {RuleSpec} from '../../src/types.js'
import acceptedGifts from './accepted-gifts.js'
import agreedToCarry from './agreed-to-carry.js'
import agreedToGo from './agreed-to-go.js'
import agreedToSex from './agreed-to-sex.js'
import allowedThemTo from './allowed-them-to.js'
import compliant from './compliant.js'
import consensual from './consensual.js'
import consented from './consented.js'
import didNotMind from './did-not-mind.js'
import didNotResist from './did-not-resist.js'
import engagedInSexualActivity from './engaged-in-sexual-activity.js'
import enjoyedIt from './enjoyed-it.js'
import exchangedSex from './exchanged-sex.js'
import fineWithIt from './fine-with-it.js'
import freeToLeave from './free-to-leave.js'
import happyTo from './happy-to.js'
import inExchangeFor from './in-exchange-for.js'
import inReturnForSex from './in-return-for-sex.js'
import jumpedAtTheChance from './jumped-at-the-chance.js'
import likesTheAttention from './likes-the-attention.js'
import neededNoPersuading from './needed-no-persuading.js'
import noWishToLeave from './no-wish-to-leave.js'
import notForced from './not-forced.js'
import offeredSex from './offered-sex.js'
import offeredTo from './offered-to.js'
import ownFreeWill from './own-free-will.js'
import seeminglyInReturnForSex from './seemingly-in-return-for-sex.js'
import sexInExchangeFor from './sex-in-exchange-for.js'
import soughtThemOut from './sought-them-out.js'
import struckADeal from './struck-a-deal.js'
import transactionalSex from './transactional-sex.js'
import voluntaryMissing from './voluntary-missing.js'
import wantedTheRelationship from './wanted-the-relationship.js'
import wantedToBeWith from './wanted-to-be-with.js'
import wentAlongWithIt from './went-along-with-it.js'
import wentWillingly from './went-willingly.js'
import willingParticipant from './willing-participant.js'
import willingTo from './willing-to.js'
import willingly from './willingly.js'
import withHerConsent from './with-her-consent.js'

export default [
  acceptedGifts,
  agreedToCarry,
  agreedToGo,
  agreedToSex,
  allowedThemTo,
  compliant,
  consensual,
  consented,
  didNotMind,
  didNotResist,
  engagedInSexualActivity,
  enjoyedIt,
  exchangedSex,
  fineWithIt,
  freeToLeave,
  happyTo,
  inExchangeFor,
  inReturnForSex,
  jumpedAtTheChance,
  likesTheAttention,
  neededNoPersuading,
  noWishToLeave,
  notForced,
  offeredSex,
  offeredTo,
  ownFreeWill,
  seeminglyInReturnForSex,
  sexInExchangeFor,
  soughtThemOut,
  struckADeal,
  transactionalSex,
  voluntaryMissing,
  wantedTheRelationship,
  wantedToBeWith,
  wentAlongWithIt,
  wentWillingly,
  willingParticipant,
  willingTo,
  willingly,
  withHerConsent,
] as const satisfies readonly RuleSpec[]
