#!/usr/bin/env python3
"""Generate regions.ttl, organizations.ttl, outlets.ttl and people.ttl from the
hand-kept compact record files in ontology/tools/data/*.lex (format: see lexcommon.py).

    python3 ontology/tools/gen_lexicon.py
"""
import glob, os
from lexcommon import write_lex_file, DATADIR

SRC = 'Hand-kept from general world knowledge (public encyclopaedic facts); Arabic spellings as used in Arabic news.'
FILES = [
    ('regions.ttl', ['regions.lex'],
     '# regions.ttl -- world regions, blocs-as-places, disputed and sub-national areas in the news\n'
     '# (the West, Middle East, Gulf, Crimea, Donbas, Gaza Strip, Kurdistan Region, ...).\n'),
    ('organizations.ttl', ['organizations.lex'],
     '# organizations.ttl -- international bodies, state institutions and ministries, armies,\n'
     '# parties, armed groups and movements, major companies and central banks.\n'),
    ('outlets.ttl', ['outlets.lex'],
     '# outlets.ttl -- news agencies, broadcasters and newspapers cited in Arabic news.\n'),
    ('people.ttl', sorted(os.path.basename(p) for p in glob.glob(os.path.join(DATADIR, 'people*.lex'))),
     '# people.ttl -- heads of state/government, ministers, spokespeople, envoys, group leaders\n'
     '# and other figures frequent in Arabic news 2010-2025, with roles and terms (isnad:heldRole).\n'
     '# Dates: exact where known; YYYY-01-01 where only the year is reliably known.\n'),
]

# Foreign ministries, defence ministries and armed forces generated for these countries:
# (ISO2, id prefix, English demonym).  Arabic names are derived from the nisba adjectives in
# countries_supplement.tsv: وزارة الخارجية + الروسية, الجيش + الروسي ...
MINISTRY_COUNTRIES = [
    ('US', 'US', 'U.S.'), ('RU', 'Russian', 'Russian'), ('CN', 'Chinese', 'Chinese'),
    ('GB', 'British', 'British'), ('FR', 'French', 'French'), ('DE', 'German', 'German'),
    ('TR', 'Turkish', 'Turkish'), ('IR', 'Iranian', 'Iranian'), ('SA', 'Saudi', 'Saudi'),
    ('AE', 'Emirati', 'Emirati'), ('QA', 'Qatari', 'Qatari'), ('EG', 'Egyptian', 'Egyptian'),
    ('SY', 'Syrian', 'Syrian'), ('IQ', 'Iraqi', 'Iraqi'), ('IL', 'Israeli', 'Israeli'),
    ('JO', 'Jordanian', 'Jordanian'), ('LB', 'Lebanese', 'Lebanese'), ('YE', 'Yemeni', 'Yemeni'),
    ('LY', 'Libyan', 'Libyan'), ('KW', 'Kuwaiti', 'Kuwaiti'), ('BH', 'Bahraini', 'Bahraini'),
    ('OM', 'Omani', 'Omani'), ('DZ', 'Algerian', 'Algerian'), ('MA', 'Moroccan', 'Moroccan'),
    ('TN', 'Tunisian', 'Tunisian'), ('SD', 'Sudanese', 'Sudanese'), ('PK', 'Pakistani', 'Pakistani'),
    ('IN', 'Indian', 'Indian'), ('JP', 'Japanese', 'Japanese'), ('KR', 'SouthKorean', 'South Korean'),
    ('KP', 'NorthKorean', 'North Korean'), ('UA', 'Ukrainian', 'Ukrainian'), ('IT', 'Italian', 'Italian'),
    ('ES', 'Spanish', 'Spanish'), ('AF', 'Afghan', 'Afghan'), ('PS', 'Palestinian', 'Palestinian'),
    ('CA', 'Canadian', 'Canadian'), ('AU', 'Australian', 'Australian'), ('BY', 'Belarusian', 'Belarusian'),
    ('AZ', 'Azerbaijani', 'Azerbaijani'), ('AM', 'Armenian', 'Armenian'), ('GR', 'Greek', 'Greek'),
    ('PL', 'Polish', 'Polish'), ('NL', 'Dutch', 'Dutch'), ('VE', 'Venezuelan', 'Venezuelan'),
    ('BR', 'Brazilian', 'Brazilian'), ('SO', 'Somali', 'Somali'), ('ET', 'Ethiopian', 'Ethiopian'),
    ('MR', 'Mauritanian', 'Mauritanian'), ('CY', 'Cypriot', 'Cypriot'),
    ('SE', 'Swedish', 'Swedish'), ('NO', 'Norwegian', 'Norwegian'), ('DK', 'Danish', 'Danish'),
    ('FI', 'Finnish', 'Finnish'), ('BE', 'Belgian', 'Belgian'), ('AT', 'Austrian', 'Austrian'),
    ('CH', 'Swiss', 'Swiss'), ('PT', 'Portuguese', 'Portuguese'), ('HU', 'Hungarian', 'Hungarian'),
    ('RO', 'Romanian', 'Romanian'), ('CZ', 'Czech', 'Czech'), ('RS', 'Serbian', 'Serbian'),
    ('BG', 'Bulgarian', 'Bulgarian'), ('IE', 'Irish', 'Irish'), ('GE', 'Georgian', 'Georgian'),
    ('KZ', 'Kazakh', 'Kazakh'), ('UZ', 'Uzbek', 'Uzbek'), ('ID', 'Indonesian', 'Indonesian'),
    ('MY', 'Malaysian', 'Malaysian'), ('BD', 'Bangladeshi', 'Bangladeshi'), ('TH', 'Thai', 'Thai'),
    ('VN', 'Vietnamese', 'Vietnamese'), ('PH', 'Philippine', 'Philippine'), ('MM', 'Myanmar', 'Myanmar'),
    ('NZ', 'NewZealand', 'New Zealand'), ('NG', 'Nigerian', 'Nigerian'), ('KE', 'Kenyan', 'Kenyan'),
    ('TD', 'Chadian', 'Chadian'), ('DJ', 'Djiboutian', 'Djiboutian'), ('ER', 'Eritrean', 'Eritrean'),
    ('SN', 'Senegalese', 'Senegalese'), ('MX', 'Mexican', 'Mexican'), ('AR', 'Argentine', 'Argentine'),
    ('CO', 'Colombian', 'Colombian'), ('CU', 'Cuban', 'Cuban'),
]

# Further portfolios generated for every country above: (id suffix, English, Arabic heads
# followed by the feminine adjective, short forms followed by the adjective (none: الداخلية التركية
# is as often "Turkish domestic" as the ministry: الشؤون الداخلية التركية), only these countries
# (None = all), English alt patterns).  Countries whose office has another name or is kept by
# hand are adjusted in MINISTRY_OVERRIDES.
OIL_COUNTRIES = {'IQ', 'IR', 'KW', 'SY', 'EG', 'LY', 'DZ', 'YE', 'SD', 'OM', 'NG', 'VE'}
INFO_COUNTRIES = {'SA', 'KW', 'BH', 'OM', 'LB', 'SY', 'YE', 'SD', 'PS', 'JO', 'EG', 'IQ', 'LY', 'MR', 'SO', 'AF'}
PORTFOLIOS = [
    ('InteriorMinistry', 'Interior Ministry', ['وزارة الداخلية'], [], None, ['%s Ministry of the Interior']),
    ('JusticeMinistry', 'Justice Ministry', ['وزارة العدل'], [], None, ['%s Ministry of Justice']),
    ('FinanceMinistry', 'Finance Ministry', ['وزارة المالية'], [], None, ['%s Ministry of Finance']),
    ('EconomyMinistry', 'Economy Ministry', ['وزارة الاقتصاد'], [], None, ['%s Ministry of Economy']),
    ('TradeMinistry', 'Trade Ministry', ['وزارة التجارة'], [], None, ['%s Ministry of Trade', '%s Commerce Ministry']),
    ('EnergyMinistry', 'Energy Ministry', ['وزارة الطاقة'], [], None, ['%s Ministry of Energy']),
    ('OilMinistry', 'Oil Ministry', ['وزارة النفط', 'وزارة البترول'], [], OIL_COUNTRIES, ['%s Ministry of Oil', '%s Petroleum Ministry']),
    ('HealthMinistry', 'Health Ministry', ['وزارة الصحة'], [], None, ['%s Ministry of Health']),
    ('EducationMinistry', 'Education Ministry', ['وزارة التربية والتعليم', 'وزارة التعليم', 'وزارة التربية'], [], None, ['%s Ministry of Education']),
    ('TransportMinistry', 'Transport Ministry', ['وزارة النقل'], [], None, ['%s Ministry of Transport']),
    ('InformationMinistry', 'Information Ministry', ['وزارة الإعلام'], [], INFO_COUNTRIES, ['%s Ministry of Information']),
]
# id -> dict(en=..., ar=..., ar_alts=[...], en_alts=[...]) to override/extend generated entries
MINISTRY_OVERRIDES = {
    'USForeignMinistry': dict(id='USStateDepartment', en='U.S. State Department',
        en_alts=['State Department', 'U.S. Department of State']),
    'USDefenseMinistry': dict(id='Pentagon', en='Pentagon', ar='البنتاغون',
        ar_alts=['البنتاجون', 'البنتاغون الأمريكي'], en_alts=['U.S. Department of Defense', 'Department of War']),
    'USArmedForces': dict(en='U.S. Armed Forces', ar_alts=['الجيش الأمريكي', 'الجيش الأميركي', 'القوات الأمريكية',
        'القوات الأميركية', 'القوات المسلحة الأمريكية']),
    'IsraeliArmedForces': dict(en='Israel Defense Forces', en_alts=['IDF', 'Israeli army'],
        ar_alts=['جيش الاحتلال', 'جيش الاحتلال الإسرائيلي', 'جيش الدفاع الإسرائيلي', 'قوات الاحتلال',
                 'قوات الاحتلال الإسرائيلي']),
    'SyrianArmedForces': dict(ar_alts=['الجيش العربي السوري', 'قوات النظام السوري', 'قوات الحكومة السورية',
        'جيش النظام السوري']),
    'ChineseArmedForces': dict(en="People's Liberation Army", en_alts=['PLA'],
        ar_alts=['جيش التحرير الشعبي', 'جيش التحرير الشعبي الصيني']),
    'BritishForeignMinistry': dict(en='UK Foreign Office', en_alts=['Foreign, Commonwealth and Development Office', 'FCDO', 'Foreign Office'],
        ar_alts=['وزارة الخارجية البريطانية']),
    'BritishDefenseMinistry': dict(en='UK Ministry of Defence', en_alts=['MoD']),
    'FrenchForeignMinistry': dict(ar_alts=['الكي دورسيه'], en_alts=["Quai d'Orsay"]),
    'IranianArmedForces': dict(ar_alts=['القوات المسلحة الإيرانية']),
    'TurkishArmedForces': dict(ar_alts=['القوات المسلحة التركية']),
    'LibyanArmedForces': dict(skip=True),   # see LibyanNationalArmy
    'PalestinianArmedForces': dict(skip=True), 'PalestinianDefenseMinistry': dict(skip=True),
    'AfghanArmedForces': dict(ar_alts=['الجيش الأفغاني']),
    'LebaneseArmedForces': dict(drop=['القوات اللبنانية']),   # = Lebanese Forces party
    # United States: departments kept by hand in organizations.lex, or no such department
    'USJusticeMinistry': dict(skip=True), 'USFinanceMinistry': dict(skip=True),
    'USTradeMinistry': dict(skip=True), 'USEconomyMinistry': dict(skip=True),
    'USInteriorMinistry': dict(id='USInteriorDepartment', en='U.S. Department of the Interior',
        en_alts=['Interior Department']),
    'USEnergyMinistry': dict(id='USEnergyDepartment', en='U.S. Department of Energy', en_alts=['Energy Department']),
    'USHealthMinistry': dict(id='USHealthDepartment', en='U.S. Department of Health and Human Services',
        en_alts=['HHS'], ar_alts=['وزارة الصحة والخدمات الإنسانية الأمريكية', 'وزارة الصحة والخدمات الإنسانية الأميركية']),
    'USEducationMinistry': dict(id='USEducationDepartment', en='U.S. Department of Education', en_alts=['Education Department']),
    'USTransportMinistry': dict(id='USTransportationDepartment', en='U.S. Department of Transportation',
        en_alts=['Transportation Department']),
    # United Kingdom: the Treasury, the Home Office
    'BritishFinanceMinistry': dict(id='HMTreasury', en='HM Treasury', ar='وزارة الخزانة البريطانية',
        ar_alts=['الخزانة البريطانية'], en_alts=['UK Treasury', 'the Treasury']),
    'BritishInteriorMinistry': dict(id='HomeOffice', en='Home Office', en_alts=['UK Home Office']),
    'BritishEconomyMinistry': dict(skip=True),
    # Gaza's ministries (Hamas-run) are reported under these names
    'PalestinianHealthMinistry': dict(ar_alts=['وزارة الصحة في غزة', 'وزارة الصحة في قطاع غزة',
        'وزارة الصحة بغزة', 'وزارة الصحة الفلسطينية في غزة']),
    'PalestinianInteriorMinistry': dict(ar_alts=['وزارة الداخلية في غزة', 'وزارة الداخلية في قطاع غزة',
        'وزارة الداخلية بغزة']),
    # Saudi Arabia: Ministry of Energy (formerly of Petroleum and Mineral Resources)
    'EgyptianOilMinistry': dict(en='Egyptian Petroleum Ministry', ar='وزارة البترول المصرية',
        ar_alts=['وزارة البترول والثروة المعدنية المصرية']),
    'SaudiEnergyMinistry': dict(ar_alts=['وزارة البترول والثروة المعدنية السعودية', 'وزارة النفط السعودية']),
}

def derive(adj, fem):
    """روسي -> الروسي / الروسية ; كوري شمالي -> الكوري الشمالي / الكورية الشمالية"""
    return ' '.join('ال' + w + ('ة' if fem else '') for w in adj.split())

def gen_ministries():
    import csv
    from lexcommon import HERE
    adjs = {}
    for line in open(os.path.join(HERE, 'countries_supplement.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t') + [''] * 7
        adjs[f[0]] = [a.strip() for a in f[5].split(';') if a.strip()]
    recs = []
    for iso, pre, dem in MINISTRY_COUNTRIES:
        a = adjs[iso]
        fem = [derive(x, True) for x in a]
        masc = [derive(x, False) for x in a]
        ents = [
            (pre + 'ForeignMinistry', dem + ' Foreign Ministry', ['وزارة الخارجية ' + x for x in fem] +
             ['الخارجية ' + x for x in fem], ['Ministry of Foreign Affairs (%s)' % dem]),
            (pre + 'DefenseMinistry', dem + ' Defense Ministry', ['وزارة الدفاع ' + x for x in fem] +
             ['الدفاع ' + x for x in fem], ['%s Ministry of Defense' % dem, '%s Defence Ministry' % dem]),
            (pre + 'ArmedForces', dem + ' Armed Forces', ['الجيش ' + x for x in masc] +
             ['القوات المسلحة ' + x for x in fem] + ['القوات ' + x for x in fem], ['%s army' % dem, '%s military' % dem]),
        ]
        for suf, en, heads, shorts, only, en_pats in PORTFOLIOS:
            if only is not None and iso not in only:
                continue
            ents.append((pre + suf, dem + ' ' + en, [h + ' ' + x for h in heads for x in fem] +
                         [h + ' ' + x for h in shorts for x in fem], [p % dem for p in en_pats]))
        for eid, en, ar_all, en_alts in ents:
            o = MINISTRY_OVERRIDES.get(eid, {})
            if o.get('skip'):
                continue
            ar = o.get('ar', ar_all[0])
            rec = dict(id=o.get('id', eid), en=o.get('en', en), ar=ar,
                       ar_alts=[x for x in ar_all + o.get('ar_alts', []) if x != ar and x not in o.get('drop', [])],
                       en_alts=en_alts + o.get('en_alts', []), props={'country': iso},
                       type='Organization', roles=[])
            recs.append(rec)
    return recs

def main():
    for out, srcs, header in FILES:
        srcs = [s for s in srcs if os.path.exists(os.path.join(DATADIR, s))]
        if not srcs:
            continue
        header += '# GENERATED by ontology/tools/gen_lexicon.py from ontology/tools/data/%s.\n# %s\n' % (
            ', '.join(srcs), SRC)
        extra = gen_ministries() if out == 'organizations.ttl' else []
        if extra:
            header += '# Ministries (foreign, defence, interior, justice, finance, economy, trade, energy, oil,\n' \
                      '# health, education, transport, information) and armed forces of %d countries are generated\n' \
                      '# from MINISTRY_COUNTRIES and PORTFOLIOS in gen_lexicon.py and the adjectives in\n' \
                      '# countries_supplement.tsv.\n' % len(MINISTRY_COUNTRIES)
        n = write_lex_file(srcs, out, header, extra)
        print('wrote %s: %d entities' % (out, n))

if __name__ == '__main__':
    main()
