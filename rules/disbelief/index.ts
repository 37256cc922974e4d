import type {RuleSpec} from '../../src/types.js'
import admitted from './admitted.js'
import allegation from './allegation.js'
import alleged from './alleged.js'
import allegedIncident from './alleged-incident.js'
import allegedly from './allegedly.js'
import apparently from './apparently.js'
import cannotBeBelieved from './cannot-be-believed.js'
import changedStory from './changed-story.js'
import claimsThat from './claims-that.js'
import cryingWolf from './crying-wolf.js'
import deniesExploitation from './denies-exploitation.js'
import doesntAddUp from './doesnt-add-up.js'
import doubtInList from './doubt-in-list.js'
import embellished from './embellished.js'
import evasive from './evasive.js'
import exaggerating from './exaggerating.js'
import fabricated from './fabricated.js'
import falseAllegation from './false-allegation.js'
import herStory from './her-story.js'
import implausible from './implausible.js'
import inconsistentAccount from './inconsistent-account.js'
import inconsistentWithVictim from './inconsistent-with-victim.js'
import liar from './liar.js'
import lying from './lying.js'
import madeUp from './made-up.js'
import malicious from './malicious.js'
import noConcernsAsDenies from './no-concerns-as-denies.js'
import notAVictim from './not-a-victim.js'
import notCredible from './not-credible.js'
import playingTheVictim from './playing-the-victim.js'
import rehearsedAccount from './rehearsed-account.js'
import saysSheIsFine from './says-she-is-fine.js'
import soCalled from './so-called.js'
import supposedly from './supposedly.js'
import versionOfEvents from './version-of-events.js'

export default [
  admitted,
  allegation,
  alleged,
  allegedIncident,
  allegedly,
  apparently,
  cannotBeBelieved,
  changedStory,
  claimsThat,
  cryingWolf,
  deniesExploitation,
  doesntAddUp,
  doubtInList,
  embellished,
  evasive,
  exaggerating,
  fabricated,
  falseAllegation,
  herStory,
  implausible,
  inconsistentAccount,
  inconsistentWithVictim,
  liar,
  lying,
  madeUp,
  malicious,
  noConcernsAsDenies,
  notAVictim,
  notCredible,
  playingTheVictim,
  rehearsedAccount,
  saysSheIsFine,
  soCalled,
  supposedly,
  versionOfEvents,
] as const satisfies readonly RuleSpec[]
