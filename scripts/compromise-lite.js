/**
 * compromise's `two` build (tokeniser and tagger) without what the engine
 * never calls: `change`'s methods, `output` (the engine reads `doc.docs`,
 * src/engine/subject.ts, and compromise itself never prints), `lookup`,
 * `typeahead`, `lazy` and `swap`. The browser build bundles this instead of
 * `compromise/two` (scripts/browser-build.ts aliases it) to stay inside the
 * size budget; test/browser.test.ts checks that it tags every rule example
 * exactly as `compromise/two` does, with no warning. Plugin order is
 * compromise's own (compromise/src/one.js, compromise/src/two.js).
 */
// The `change` plugin's methods are left out, its term ids (a hook) kept.
import changeCompute from 'compromise/src/1-one/change/compute/index.js'
import matchMethods from 'compromise/src/1-one/match/methods/index.js'
import pointers from 'compromise/src/1-one/pointers/plugin.js'
import tag from 'compromise/src/1-one/tag/plugin.js'
import contractions from 'compromise/src/1-one/contraction-one/plugin.js'
import tokenize from 'compromise/src/1-one/tokenize/plugin.js'
import freeze from 'compromise/src/1-one/freeze/plugin.js'
import cache from 'compromise/src/1-one/cache/plugin.js'
import lexicon from 'compromise/src/1-one/lexicon/plugin.js'
import sweep from 'compromise/src/1-one/sweep/plugin.js'
import preTag from 'compromise/src/2-two/preTagger/plugin.js'
import contractionTwo from 'compromise/src/2-two/contraction-two/plugin.js'
import postTag from 'compromise/src/2-two/postTagger/plugin.js'
import nlp from 'compromise/src/nlp.js'

nlp.extend({compute: changeCompute})
nlp.extend({
  // Plugins register their `.debug()` printers here; none is ever called.
  methods: {one: {debug: {}}},
})
nlp.extend({methods: matchMethods})
nlp.extend(pointers)
nlp.extend(tag)
nlp.plugin(contractions)
nlp.extend(tokenize)
nlp.extend(freeze)
nlp.plugin(cache)
nlp.extend(lexicon)
nlp.extend(sweep)
nlp.plugin(preTag)
nlp.plugin(contractionTwo)
nlp.plugin(postTag)

export default nlp
