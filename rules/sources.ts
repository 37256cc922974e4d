/**
 * Citation keys for `RuleSpec.sources`, each with the address of its first
 * source and a one-line description.
 */
export interface Source {
  readonly url: string
  readonly title: string
}

export const sources = {
  'TCS-LP': {
    url: 'https://www.childrenssociety.org.uk/information/professionals/resources/child-exploitation-language-guide',
    title:
      'TCS guide landing page (2022 and 2024 versions seen). States children can never consent to their own abuse.',
  },
  'TCS-MED': {
    url: 'https://thechildrenssociety.medium.com/appropriate-language-in-relation-to-child-exploitation-6669640a9637',
    title: '2022 guide launch post; lists "money mules" as an inappropriate example.',
  },
  'TCS-YJLC': {
    url: 'https://yjlc.uk/resources/legal-updates/child-criminal-exploitation-power-language',
    title:
      'Summary of TCS 2022 guide: "involved in CSE/CCE" → victim of exploitation; "contacting adults" → adult facilitating contact; "slave", "money mule", "plugging"; adultifying language used disproportionately about Black boys and sexually exploited girls.',
  },
  'TCS-2018': {
    url: 'https://www.caph.org.uk/web/child_sexual_andor_criminal_exploitation_-_appropriate_language_guidance_for_professionals',
    title: 'Confirms 2018 TCS + Victim Support + NPCC edition.',
  },
  'TCS-2024': {
    url: 'https://www.toexprogramme.co.uk/latest-news/latest-news/appropriate-language-guide',
    title:
      'Nov 2024 "Child exploitation and abuse: an appropriate language guide" (CSE Taskforce, TCS, NAPAC), prompted by HMICFRS 2023.',
  },
  'TCS-FIN': {
    url: 'http://www.childrenssociety.org.uk/node/7039/',
    title: 'TCS financial-exploitation signs.',
  },
  'LSCB-TBL': {
    url: 'https://docsbay.net/suggested-alternatives-for-describing-behaviour-around-cse-concerns',
    title: 'LSCB table "inappropriate terms / suggested alternatives".',
  },
  LM: {
    url: 'http://fayllar.org/kate-sewel.html?page=7',
    title: '"Language Matters" guide (term tables; 10 language principles).',
  },
  'CARDIFF-LANG': {
    url: 'https://cardiff.ac.uk/complex-safeguarding-wales/information-for-practitioners/language-use',
    title:
      'Complex Safeguarding Wales: become involved / recruited / putting themselves at risk / go back / keep going missing.',
  },
  'CARDIFF-TERMS': {
    url: 'https://cardiff.ac.uk/complex-safeguarding-wales/information-for-practitioners/common-terms',
    title: 'CCE slang glossary (plugging, debt bondage, "food", runners, OT, cuckooing).',
  },
  DURHAM: {
    url: 'https://durham-scp.org.uk/practitioners/harm-outside-the-home/why-language-matters-in-harm-outside-the-home',
    title: 'Examples of victim-blaming sentences.',
  },
  CWCT: {
    url: 'https://westcheshirechildrenstrust.co.uk/our-way-of-working/our-shared-language',
    title: '"Choosing to do this / voting with their feet".',
  },
  NORFOLK: {
    url: 'https://csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=57057',
    title: 'Summary principles (no implied complicity; reflect coercion).',
  },
  NOTTS: {
    url: 'https://nscp.nottinghamshire.gov.uk/news/child-exploitation-the-power-of-words',
    title: 'NWG Making Words Matter reference.',
  },
  OXON: {
    url: 'https://schools.oxfordshire.gov.uk/schools-news/2025/adultification-key-safeguarding-issue',
    title:
      'Adultifying labels: dangerous, hard to engage, street-wise, gang-related, difficult, aggressive, resilient.',
  },
  SAFESOUND: {
    url: 'https://www.derbyshiretimes.co.uk/news/opinion/columnists/column-i-ask-all-to-think-about-what-you-say-and-not-play-the-blame-game-3992355',
    title:
      'Safe and Sound CEO: "child prostitutes", children treated as "drug dealers", "the way she is dressed", "a streetwise lad".',
  },
  'STAFFS-VG': {
    url: 'https://staffsvictimsgateway.org.uk/support-youngpeople-exploitation/',
    title: '"money mules", "gift girls" as dehumanising.',
  },
  'NSPCC-RISK': {
    url: 'https://learning.nspcc.org.uk/news/why-language-matters/risky-behaviour-young-people-experiencing-abuse',
    title: '"risky behaviour", "placing himself at risk", "leading a lifestyle that…".',
  },
  'NSPCC-BF': {
    url: 'https://learning.nspcc.org.uk/news/why-language-matters/how-the-label-older-boyfriend-can-mask-child-sexual-exploitation',
    title: '"older boyfriend".',
  },
  'NSPCC-CCE': {
    url: 'https://learning.nspcc.org.uk/news/why-language-matters/child-criminal-exploitation-recruited-working',
    title: '"recruited", "working".',
  },
  'NSPCC-ALLEGED': {
    url: 'https://learning.nspcc.org.uk/news/why-language-matters/avoid-using-alleged-talking-about-child-abuse-neglect',
    title: 'Avoid "alleged"; use "the child shared / described / reported".',
  },
  'NSPCC-MAL': {
    url: 'https://staffsscb.org.uk/why-language-matters-why-you-should-avoid-labelling-allegations-as-malicious/',
    title: '"malicious".',
  },
  'NSPCC-SEXT': {
    url: 'https://learning.nspcc.org.uk/news/why-language-matters/sexting-sharing-nudes-importance-of-overcoming-language-barriers',
    title: '"sexting" vs sharing nudes.',
  },
  'NSPCC-LIST': {
    url: 'https://learning.nspcc.org.uk/news?type=26003',
    title:
      'Index: attention seeking, CSAM not "child pornography", hard to reach, online "friends", "victim", "paedophile".',
  },
  UKCIS: {
    url: 'https://hwb.gov.wales/keeping-safe-online/welsh-government-guidance/victim-blaming/',
    title:
      'Definition of victim blaming (complicit/responsible); blaming for sharing images / accepting requests.',
  },
  'IICSA-VSCP': {
    url: 'https://docslib.org/doc/13122808/terms-and-phrases-relating-to-child-sexual-abuse-we-the-victims-and',
    title: '"non-recent" not "historical"; not "paedophile".',
  },
  LUX: {
    url: 'https://ecpat.org/luxembourg-guidelines/',
    title:
      'Luxembourg Terminology Guidelines 2016 (and 2025 2nd ed. per https://nota.co.uk/words-matter-the-launch-of-new-terminology-guidelines).',
  },
  ZT: {
    url: 'https://www.zerotolerance.org.uk/tips-for-reporting-child-sexual/',
    title: 'Don\'t call CSA "sex"; children are never willing participants.',
  },
  NSVRC: {
    url: 'https://nsvrc.org/language-access-correct-pronouns-terms',
    title: 'Victim doesn\'t "perform" acts; avoid "alleged".',
  },
  ROSA: {url: 'https://rosaschildren.com/?p=5026', title: '"had sex with a minor", "underage relationship".'},
  OUTSHADOWS: {
    url: 'https://www.outofthe-shadows.co.uk/post/never-forget-the-child-in-cse',
    title: '"flirty", "promiscuous", "sleeps around", "sket" (as perpetrators\' slur).',
  },
  TRANSP: {
    url: 'https://www.transparencyproject.org.uk/why-words-matter-the-debate-about-disclosure/',
    title: 'Counter-view: "disclosure" presumes truth (Cleveland report).',
  },
  'HMICFRS-GB': {
    url: 'https://hmicfrs.justiceinspectorates.gov.uk/publication-html/effectiveness-of-police-and-law-enforcement-response-to-group-based-child-sexual-exploitation/',
    title:
      'Dec 2023; recommends eradicating victim-blaming language; example "general proclivity with older men".',
  },
  'HMICFRS-MET': {
    url: 'https://malaysia.news.yahoo.com/met-police-failing-deal-child-182500659.html',
    title:
      'Feb 2024: 22 of 184 investigations had victim-blaming wording; examples "seeking out sex with older men" (14), "engaged in sex work" (15), "sexually active with older men" (12, raped), "making poor choices", "placing herself at risk", "promiscuous".',
  },
  'COP-MET': {
    url: 'https://production.copweb.aws.college.police.uk/support-forces/practices/why-language-matters-raising-awareness-use-victim-blaming-language',
    title:
      'Met audit: 55% of missing/public-protection files had victim-blaming wording; "regular misper", "refuses to support police", "victim won\'t leave the relationship", "associates with a gang".',
  },
  'HMICFRS-ADULT': {
    url: 'https://hmicfrs.justiceinspectorates.gov.uk/glossary/adultification/',
    title: 'Adultification definition.',
  },
  CASEY: {
    url: 'https://en.wikipedia.org/wiki/National_Audit_on_Group-based_Child_Sexual_Exploitation_and_Abuse',
    title:
      '2025 audit: victims treated as adults/criminals/as having consented; "children cannot consent when they have been raped".',
  },
  DAVIS: {
    url: 'https://read-me.org/more-juvenile-justice/2023/11/12/adultification-bias-within-child-protection-and-safeguarding?format=amp',
    title: 'Davis (HMIP 2022) and Davis & Marsh (2020) definitions.',
  },
  RISE: {
    url: 'https://www.risestrong.org.uk/info-and-updates/blog-post-title-four-ga899',
    title: 'Report wording such as "streetwise", "mature for…".',
  },
  'STOWE-NCA': {
    url: 'https://www.stowefamilylaw.co.uk/blog/2017/03/13/absent-vs-missing-for-children-in-care/',
    title: 'NCA: forces classing missing children from care as "absent" (no apparent risk).',
  },
  MCFARLANE: {
    url: 'https://researchprofiles.canberra.edu.au/en/publications/missing-from-care-rethinking-our-approach-to-children-who-go-miss',
    title: '"absent without permission", "self-placers" framing of missing children.',
  },
  'YJB-GANG': {
    url: 'http://www.standard.co.uk/newsheadlines/report-warns-of-gang-tag-for-youths-6584638.html',
    title: 'YJB study: indiscriminate "gang" labelling of youth groups is inappropriate.',
  },
  'MSA-S1-2': {
    url: 'https://en.wikisource.org./wiki/Page:Modern_Slavery_Act_2015.pdf/8',
    title:
      's1(4)(a) child status relevant; s1(5) consent of adult or child does not prevent finding slavery/forced labour; s2 trafficking = arranging/facilitating travel with a view to exploitation; s2(2) consent to travel irrelevant (adult or child); s2(3) recruiting, transporting, transferring, harbouring, receiving, exchanging control; s2(5) travel includes within a country.',
  },
  'MSA-S3': {
    url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/3/data.html',
    title:
      'Meaning of exploitation; s3(5) services by force/threats/deception (e.g. begging, shop theft, need not be criminal); s3(6) using a person chosen because they are a child/vulnerable.',
  },
  'MSA-S45': {
    url: 'http://www.legislation.gov.uk/ukpga/2015/30/section/45/enacted',
    title:
      's45(4) child defence: no compulsion needed, act done as a direct consequence of being a victim, reasonable-person test; Sch 4 excludes many offences.',
  },
  SG: {
    url: 'https://docslib.org/doc/5763060/modern-slavery-statutory-guidance-for-england-and-wales-under-s49-of-the-modern-slavery-act-2015-and-non-statutory-guidance-for-scotland-and-northern-ireland',
    title:
      'Statutory guidance (s49). v2.3 TOC: §3 "Indicators of modern slavery" split into physical & psychological, situational & environmental. YJLC: child trafficking needs only action + purpose.',
  },
  'NRM-FORM': {
    url: 'https://github.com/UKHomeOffice/modern-slavery',
    title: 'Live NRM digital form text: the questions the NRM referral form asks.',
  },
  'NRM-CFR': {
    url: 'https://www.gov.uk/government/publications/national-referral-mechanism-guidance-for-child-first-responders',
    title: 'Child first responder guidance (landing only).',
  },
  'CL-GUID': {
    url: 'https://www.gov.uk/government/publications/criminal-exploitation-of-children-and-vulnerable-adults-county-lines/criminal-exploitation-of-children-and-vulnerable-adults-county-lines',
    title: 'Home Office county lines guidance.',
  },
  'DFE-CSE': {
    url: 'https://edocs.southglos.gov.uk/cse/pages/definition/',
    title: 'DfE 2017 CSE definition + "receipt of something does not make them less of a victim".',
  },
  'CCE-DEF': {
    url: 'https://northyorks.gov.uk/community-and-volunteering/community-safety/child-exploitation',
    title: 'CCE definition (Home Office / Working Together).',
  },
  'ECPAT-UK': {
    url: 'https://www.ecpat.org.uk/pages/faqs/category/child-trafficking-exploitation-and-slavery-faqs',
    title: 'Child trafficking = act + purpose; "means" not needed; internal trafficking.',
  },
  PALERMO: {
    url: 'http://www.ungift.org/about/human-trafficking.html',
    title: 'Protocol definition; child consent irrelevant.',
  },
  'SOA-AGE': {
    url: 'https://forrestwilliamssolicitors.com/news/consent-and-underage-sexual-activity/',
    title:
      'Under 13 cannot consent; 13–15 cannot consent; 16–17 still protected from CSE; SOA s74 consent = freedom and capacity.',
  },
  'SEFTON-MS': {
    url: 'https://seftonscp.procedures.org.uk/yhkytts/child-exploitation/child-victims-of-modern-slavery-and-trafficking',
    title: 'Child-specific trafficking signs (Home Office derived).',
  },
  'SEFTON-CRED': {
    url: 'https://seftonlscb.safeguardingpolicies.org.uk/may-2017/sec-7-cross-border-collaboration-with-moving-children-families/how-to-assess-credibility-when-making-a-reasonable-grounds-or-conclusive-ground',
    title:
      "Competent Authority credibility guidance (child vulnerability, grooming, don't fixate on peripheral facts).",
  },
  TEES: {
    url: 'https://www.teescpp.org.uk/procedures-and-guidance-on-specific-issues-that-affect-children/child-exploitation/modern-slavery/',
    title: 'Child believes they chose/consented; cannot give informed consent; locations.',
  },
  WIRRAL: {
    url: 'https://www.wirralsafeguarding.co.uk/procedures/6-24-modern-slavery/?colour',
    title: 'Means irrelevant for children; internal trafficking.',
  },
  ISLINGTON: {
    url: 'https://islingtonsab.org.uk/modern-slavery',
    title: 'Act/means/purpose; child needs act + purpose; trafficking ≠ smuggling.',
  },
  NTSAB: {url: 'https://ntsab.org/modern-slavery', title: 'General indicator list.'},
  SLOUGH: {
    url: 'https://slough.gov.uk/strategies-plans-policies/modern-slavery-2/3',
    title: 'Home Office "spot the signs" categories.',
  },
  CAMDEN: {
    url: 'https://ascpractice.camden.gov.uk/understanding-what-matters-to-people/safeguarding/modern-day-slavery/indicators-of-modern-day-slavery',
    title: 'Conversation / behaviour / work / movement indicators.',
  },
  BCP: {
    url: 'https://www.bcpcouncil.gov.uk/children-young-people-and-families/childrens-social-care/child-sexual-exploitation/knowing-the-signs',
    title: 'CSE signs incl. hotels/taxis.',
  },
  PKC: {
    url: 'https://www.pkc.gov.uk/article/17698/Child-Sexual-Exploitation-risk-indicators-Behavioural-indicators',
    title: 'CSE indicator list.',
  },
  NWALES: {
    url: 'https://www.north-wales.police.uk/advice-and-support/stay-safe/child-sexual-exploitation/know-the-signs',
    title: 'CSE signs (withdrawn complaints, cars).',
  },
  'PACE-CL': {
    url: 'https://paceuk.info/criminal-exploitation/indicators-and-risks-of-criminal-exploitation/',
    title: 'CCE signs (internal concealment, arrested out of area).',
  },
  'PACE-DEBT': {
    url: 'https://paceuk.info/debt-bondage/how-debt-bondage-can-happen/',
    title: 'Debt bondage mechanics (staged robbery, seizure).',
  },
  'CLEWER-NCLCC': {
    url: 'https://theclewerinitiative.org/blog/spotting-the-signs-of-county-lines',
    title: "NCLCC DI's signs list.",
  },
  'WMAS-CL': {
    url: 'https://westmidlandsantislavery.org/spot-the-signs-county-lines/',
    title: 'SPACE parental-signs list (coached "no comment", denial).',
  },
  'NCTC-FIN': {url: 'https://nctc.org.uk/financial-exploitation', title: 'Financial exploitation & slang.'},
} as const satisfies Record<string, Source>

/** A citation key. */
export type SourceKey = keyof typeof sources
