import type {RuleSpec} from '../../src/types.js'
import actsOlder from './acts-older.js'
import dangerous from './dangerous.js'
import femaleMaleNoun from './female-male-noun.js'
import grownUp from './grown-up.js'
import grownWoman from './grown-woman.js'
import independent from './independent.js'
import intimidating from './intimidating.js'
import juvenile from './juvenile.js'
import lad from './lad.js'
import lookAfterThemselves from './look-after-themselves.js'
import looksOlder from './looks-older.js'
import matureForAge from './mature-for-age.js'
import maturityInList from './maturity-in-list.js'
import minorNoun from './minor-noun.js'
import notEasilyLed from './not-easily-led.js'
import notTypicalVictim from './not-typical-victim.js'
import notVulnerable from './not-vulnerable.js'
import oldEnoughToDecide from './old-enough-to-decide.js'
import resilient from './resilient.js'
import seenAsThreat from './seen-as-threat.js'
import sexNounWithAge from './sex-noun-with-age.js'
import sexuallyMature from './sexually-mature.js'
import streetwise from './streetwise.js'
import tough from './tough.js'
import wiseBeyondYears from './wise-beyond-years.js'
import worksTheSystem from './works-the-system.js'
import worldly from './worldly.js'
import yearOldFemale from './year-old-female.js'
import youngMan from './young-man.js'
import youngWoman from './young-woman.js'

export default [
  actsOlder,
  dangerous,
  femaleMaleNoun,
  grownUp,
  grownWoman,
  independent,
  intimidating,
  juvenile,
  lad,
  lookAfterThemselves,
  looksOlder,
  matureForAge,
  maturityInList,
  minorNoun,
  notEasilyLed,
  notTypicalVictim,
  notVulnerable,
  oldEnoughToDecide,
  resilient,
  seenAsThreat,
  sexNounWithAge,
  sexuallyMature,
  streetwise,
  tough,
  wiseBeyondYears,
  worksTheSystem,
  worldly,
  yearOldFemale,
  youngMan,
  youngWoman,
] as const satisfies readonly RuleSpec[]
