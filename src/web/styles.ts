/**
 * The component's style sheet. Every colour and size is a CSS custom
 * property with a default, so a host page themes it without touching this.
 * Severity is also shown by the underline's style (wavy error, dashed
 * warning, dotted info) and the pop-up names the category in words, so
 * colour is never the only signal.
 */
export const styles = `
.rl-wrap{position:relative;display:block;background:var(--referral-lint-background,#fff);border-radius:var(--referral-lint-radius,4px)}
.rl-wrap>textarea{position:relative;z-index:1;background:transparent!important;display:block;width:100%;box-sizing:border-box}
.rl-backdrop{position:absolute;z-index:0;overflow:hidden;pointer-events:none;box-sizing:border-box;color:transparent;border-color:transparent!important;border-style:solid}
.rl-content{white-space:pre-wrap;overflow-wrap:break-word;word-wrap:break-word}
.rl-mark{color:transparent;border-radius:2px;background:color-mix(in srgb,var(--rl-c) var(--referral-lint-mark-opacity,20%),transparent);text-decoration:underline var(--rl-s,wavy) var(--rl-c);text-decoration-thickness:var(--referral-lint-underline,2px);text-underline-offset:2px}
.rl-mark[data-severity=warning]{--rl-s:dashed}
.rl-mark[data-severity=info]{--rl-s:dotted}
.rl-mark.rl-current{outline:2px solid var(--rl-c)}
[data-category=label]{--rl-c:var(--referral-lint-label,#c62828)}
[data-category=consent]{--rl-c:var(--referral-lint-consent,#ad1457)}
[data-category=responsibility]{--rl-c:var(--referral-lint-responsibility,#6a1b9a)}
[data-category=criminalising]{--rl-c:var(--referral-lint-criminalising,#283593)}
[data-category=sexualising]{--rl-c:var(--referral-lint-sexualising,#d84315)}
[data-category=adultification]{--rl-c:var(--referral-lint-adultification,#00695c)}
[data-category=disbelief]{--rl-c:var(--referral-lint-disbelief,#4e342e)}
[data-category=minimising]{--rl-c:var(--referral-lint-minimising,#827717)}
[data-category=judgemental]{--rl-c:var(--referral-lint-judgemental,#37474f)}
[data-category=indicator]{--rl-c:var(--referral-lint-indicator,#1565c0)}
.rl-popover{position:absolute;z-index:10;max-width:min(28rem,90vw);padding:.6rem .75rem;background:var(--referral-lint-popover-background,#fff);color:var(--referral-lint-popover-color,#1a1a1a);border:1px solid var(--referral-lint-popover-border,#888);border-left:4px solid var(--rl-c,#888);border-radius:var(--referral-lint-radius,4px);box-shadow:0 4px 14px rgba(0,0,0,.18);font:var(--referral-lint-popover-font,14px/1.4 system-ui,sans-serif)}
.rl-popover[hidden]{display:none}
.rl-popover .rl-badge{font-weight:700;text-transform:uppercase;font-size:.75em;letter-spacing:.04em}
.rl-popover .rl-message{margin:.25rem 0;font-weight:600}
.rl-popover .rl-note{margin:.25rem 0}
.rl-popover ul{list-style:none;margin:.4rem 0 0;padding:0}
.rl-popover button{display:block;width:100%;text-align:left;margin:.15rem 0;padding:.3rem .45rem;font:inherit;cursor:pointer;background:var(--referral-lint-button-background,#f3f3f3);color:inherit;border:1px solid var(--referral-lint-button-border,#bbb);border-radius:3px}
.rl-popover button:focus-visible,.rl-popover button:hover{outline:2px solid var(--referral-lint-focus,#1565c0);outline-offset:1px}
.rl-popover .rl-keys{margin:.4rem 0 0;font-size:.8em;opacity:.8}
.rl-status{font:var(--referral-lint-status-font,13px/1.4 system-ui,sans-serif);color:var(--referral-lint-status-color,#444);margin-top:.25rem}
.rl-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
referral-lint-editor{display:block}
`
