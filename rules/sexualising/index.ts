import type {RuleSpec} from '../../src/types.js'
import affair from './affair.js'
import associatingWithOlderMen from './associating-with-older-men.js'
import attractedToOlderMen from './attracted-to-older-men.js'
import befriendedOlderMen from './befriended-older-men.js'
import boyfriend from './boyfriend.js'
import dating from './dating.js'
import hadSexWith from './had-sex-with.js'
import hookingUpWith from './hooking-up-with.js'
import inARelationshipWith from './in-a-relationship-with.js'
import inappropriateRelationship from './inappropriate-relationship.js'
import infatuated from './infatuated.js'
import initiatedSex from './initiated-sex.js'
import involvedWithOlderMen from './involved-with-older-men.js'
import multipleSexualPartners from './multiple-sexual-partners.js'
import olderBoyfriend from './older-boyfriend.js'
import onlineFriend from './online-friend.js'
import partner from './partner.js'
import performedOralSex from './performed-oral-sex.js'
import provocativeClothing from './provocative-clothing.js'
import seekingOutOlderMen from './seeking-out-older-men.js'
import sexualRelationship from './sexual-relationship.js'
import sexualisedLabel from './sexualised-label.js'
import sexuallyActive from './sexually-active.js'
import sleptWith from './slept-with.js'
import sugarDaddy from './sugar-daddy.js'
import theWaySheWasDressed from './the-way-she-was-dressed.js'

export default [
  affair,
  associatingWithOlderMen,
  attractedToOlderMen,
  befriendedOlderMen,
  boyfriend,
  dating,
  hadSexWith,
  hookingUpWith,
  inARelationshipWith,
  inappropriateRelationship,
  infatuated,
  initiatedSex,
  involvedWithOlderMen,
  multipleSexualPartners,
  olderBoyfriend,
  onlineFriend,
  partner,
  performedOralSex,
  provocativeClothing,
  seekingOutOlderMen,
  sexualRelationship,
  sexualisedLabel,
  sexuallyActive,
  sleptWith,
  sugarDaddy,
  theWaySheWasDressed,
] as const satisfies readonly RuleSpec[]
