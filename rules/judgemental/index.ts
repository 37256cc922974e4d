import type {RuleSpec} from '../../src/types.js'
import absconded from './absconded.js'
import aggressive from './aggressive.js'
import attentionSeeking from './attention-seeking.js'
import challengingBehaviour from './challenging-behaviour.js'
import difficultClient from './difficult-client.js'
import easyOrLoose from './easy-or-loose.js'
import flirty from './flirty.js'
import hangingAround from './hanging-around.js'
import hardWork from './hard-work.js'
import kicksOff from './kicks-off.js'
import manipulative from './manipulative.js'
import notBothered from './not-bothered.js'
import outOfControl from './out-of-control.js'
import partyGirl from './party-girl.js'
import promiscuous from './promiscuous.js'
import regularMisper from './regular-misper.js'
import rudeAndAggressive from './rude-and-aggressive.js'
import selfPlacing from './self-placing.js'
import sket from './sket.js'
import staysOutLate from './stays-out-late.js'
import temper from './temper.js'
import traitInList from './trait-in-list.js'
import troublemaker from './troublemaker.js'
import truanting from './truanting.js'

export default [
  absconded,
  aggressive,
  attentionSeeking,
  challengingBehaviour,
  difficultClient,
  easyOrLoose,
  flirty,
  hangingAround,
  hardWork,
  kicksOff,
  manipulative,
  notBothered,
  outOfControl,
  partyGirl,
  promiscuous,
  regularMisper,
  rudeAndAggressive,
  selfPlacing,
  sket,
  staysOutLate,
  temper,
  traitInList,
  troublemaker,
  truanting,
] as const satisfies readonly RuleSpec[]
