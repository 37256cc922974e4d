/* global window, document, KeyboardEvent */
// The playground page: the <referral-lint-editor> component, a panel of
// findings grouped by category, the NRM coverage checklist and the reworded
// text. Runs entirely in the page (ReferralLint from browser.global.js).
;(function () {
  'use strict'
  var ReferralLint = window.ReferralLint
  var editor = document.getElementById('editor')
  var narrative = document.getElementById('narrative')
  var groups = document.getElementById('groups')
  var count = document.getElementById('count')
  var coverageList = document.getElementById('coverage')
  var reworded = document.getElementById('reworded')
  var latest = []

  var sample =
    'Kayla (15) is a runaway who keeps going missing from her placement. She is a prostitute who went willingly ' +
    'with older men to addresses in Leeds. Staff say she is streetwise and is putting herself at risk, and that ' +
    'her boyfriend (24) buys her phones. She claims she was threatened but her story is inconsistent. ' +
    'It is a lifestyle choice and she refuses to engage with services.'

  function element(tag, text, attributes) {
    var node = document.createElement(tag)
    if (text !== undefined) node.textContent = text
    for (var key in attributes || {}) node.setAttribute(key, attributes[key])
    return node
  }

  function inline(finding) {
    return finding.endOffset > finding.offset
  }

  function rewrite(text, findings) {
    var result = text
    findings
      .filter(inline)
      .slice()
      .sort(function (a, b) {
        return b.offset - a.offset
      })
      .forEach(function (finding) {
        var choice = ReferralLint.suggestionsOf(finding, result)[0]
        if (choice === undefined) return
        result = result.slice(0, finding.offset) + choice + result.slice(finding.endOffset)
      })
    return result
  }

  function showFindings(detail) {
    latest = detail.findings
    var shown = detail.findings.filter(inline)
    count.textContent = shown.length ? '(' + shown.length + ')' : ''
    groups.replaceChildren()
    if (shown.length === 0) groups.append(element('p', 'No wording to review.'))
    ReferralLint.categories.forEach(function (category) {
      var items = shown.filter(function (finding) {
        return finding.category === category
      })
      if (items.length === 0) return
      var group = element('div', undefined, {class: 'group', 'data-category': category})
      group.append(element('h3', category + ' (' + items.length + ')'))
      var list = element('ul')
      items.forEach(function (finding) {
        var item = element('li', undefined, {'data-rule': finding.ruleId})
        var button = element('button', '“' + finding.actual + '”', {type: 'button'})
        button.addEventListener('click', function () {
          narrative.focus()
          narrative.setSelectionRange(finding.offset, finding.endOffset)
          narrative.dispatchEvent(new KeyboardEvent('keyup'))
        })
        item.append(
          button,
          document.createTextNode(
            ' — ' + finding.message.replace(/`([^`]*)`/g, '“$1”') + ' (' + finding.severity + ')',
          ),
        )
        list.append(item)
      })
      group.append(list)
      groups.append(group)
    })
    coverageList.replaceChildren()
    ;((detail.coverage && detail.coverage.elements) || []).forEach(function (entry) {
      var item = element('li', undefined, {'data-present': String(entry.present), 'data-id': entry.id})
      item.append(element('strong', entry.label))
      item.append(document.createTextNode(entry.present ? ' — stated' : ' — missing. ' + entry.prompt))
      coverageList.append(item)
    })
    reworded.value = rewrite(narrative.value, detail.findings)
  }

  editor.addEventListener('referral-lint:findings', function (event) {
    showFindings(event.detail)
  })

  document.getElementById('preset').addEventListener('change', function (event) {
    editor.setAttribute('preset', event.target.value)
  })
  document.getElementById('sample').addEventListener('click', function () {
    narrative.value = sample
    narrative.dispatchEvent(new Event('input', {bubbles: true}))
    narrative.focus()
  })
  document.getElementById('clear').addEventListener('click', function () {
    narrative.value = ''
    narrative.dispatchEvent(new Event('input', {bubbles: true}))
    narrative.focus()
  })
  document.getElementById('copy').addEventListener('click', function () {
    var status = document.getElementById('copied')
    var text = rewrite(narrative.value, latest)
    reworded.value = text
    function fallback() {
      reworded.focus()
      reworded.select()
      status.textContent = document.execCommand('copy') ? 'Copied.' : 'Select the text above and copy it.'
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () {
        status.textContent = 'Copied.'
      }, fallback)
    } else fallback()
  })
})()
