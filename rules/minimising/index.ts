import type {RuleSpec} from '../../src/types.js'
import bitOfFun from './bit-of-fun.js'
import childPornography from './child-pornography.js'
import childSexTourism from './child-sex-tourism.js'
import dabbling from './dabbling.js'
import doingFavours from './doing-favours.js'
import entrepreneurial from './entrepreneurial.js'
import experimentingSexually from './experimenting-sexually.js'
import fondling from './fondling.js'
import foodForDrugs from './food-for-drugs.js'
import goingCountry from './going-country.js'
import hardlyExploitation from './hardly-exploitation.js'
import historicalAbuse from './historical-abuse.js'
import inTheCompanyOf from './in-the-company-of.js'
import inappropriateTouching from './inappropriate-touching.js'
import indecentSelfies from './indecent-selfies.js'
import interferedWith from './interfered-with.js'
import justAKiss from './just-a-kiss.js'
import justBeingFriendly from './just-being-friendly.js'
import lowGradeInList from './low-grade-in-list.js'
import lowLevelExploitation from './low-level-exploitation.js'
import messingAround from './messing-around.js'
import notASafeguardingMatter from './not-a-safeguarding-matter.js'
import nothingMore from './nothing-more.js'
import nothingSerious from './nothing-serious.js'
import onlyAFewTimes from './only-a-few-times.js'
import onlyMinimiser from './only-minimiser.js'
import overIt from './over-it.js'
import paedophile from './paedophile.js'
import plugging from './plugging.js'
import privateDispute from './private-dispute.js'
import selfHarmGesture from './self-harm-gesture.js'
import sexWithAMinor from './sex-with-a-minor.js'
import smuggled from './smuggled.js'
import trapHouse from './trap-house.js'
import trapping from './trapping.js'
import turnsUpWhenReady from './turns-up-when-ready.js'
import underageRelationship from './underage-relationship.js'
import underageSex from './underage-sex.js'

export default [
  bitOfFun,
  childPornography,
  childSexTourism,
  dabbling,
  doingFavours,
  entrepreneurial,
  experimentingSexually,
  fondling,
  foodForDrugs,
  goingCountry,
  hardlyExploitation,
  historicalAbuse,
  inTheCompanyOf,
  inappropriateTouching,
  indecentSelfies,
  interferedWith,
  justAKiss,
  justBeingFriendly,
  lowGradeInList,
  lowLevelExploitation,
  messingAround,
  notASafeguardingMatter,
  nothingMore,
  nothingSerious,
  onlyAFewTimes,
  onlyMinimiser,
  overIt,
  paedophile,
  plugging,
  privateDispute,
  selfHarmGesture,
  sexWithAMinor,
  smuggled,
  trapHouse,
  trapping,
  turnsUpWhenReady,
  underageRelationship,
  underageSex,
] as const satisfies readonly RuleSpec[]
