"""Shared helpers for the isnad lexicon generators.

Compact record format (*.lex files in ontology/tools/data/):

    @type Organization            # sets rdf:type for following records
    Id | English label | Arabic label | ar alt; ar alt | en alt; en alt | key=val; key=val
    + RoleKind RoleOf FROM [UNTIL]  # role line attached to previous record (people)

props: country=<ISO2 or entity Id>, adj=<ar adjective>[,...], plural=<ar plural>[,...],
       gender=m|f, type=<Type> (overrides @type).
RoleOf may be an ISO2 country code or an entity local name.  Dates: YYYY, YYYY-MM or
YYYY-MM-DD ("-" or nothing for an open term).  Lines starting with '#' are comments.
"""
import re, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.normpath(os.path.join(HERE, '..', 'lexicon'))
DATADIR = os.path.join(HERE, 'data')

PREFIXES = """@prefix isnad: <https://w3id.org/isnad/ontology#> .
@prefix e: <https://w3id.org/isnad/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

ROLE_KINDS = {'HeadOfState', 'HeadOfGovernment', 'ForeignMinister', 'DefenseMinister',
              'FinanceMinister', 'InteriorMinister', 'Spokesperson', 'Leader',
              'SecretaryGeneral', 'CrownPrince', 'VicePresident', 'Envoy'}

# ISO 3166-1 alpha-2 codes treated as countries: the 193 UN member states plus
# the two UN observer states (VA, PS) and Taiwan, Kosovo, Western Sahara.
COUNTRY_CODES = """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG
BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW
KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ
NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI
SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE
ZM ZW VA PS TW XK EH""".split()

# Local names (IRIs) for codes whose CLDR English name does not give a clean CamelCase id.
IRI_OVERRIDES = {
    'US': 'UnitedStates', 'GB': 'UnitedKingdom', 'CD': 'DRCongo', 'CG': 'RepublicOfTheCongo',
    'CI': 'IvoryCoast', 'TR': 'Turkey', 'MM': 'Myanmar', 'CZ': 'CzechRepublic',
    'AG': 'AntiguaAndBarbuda', 'BA': 'BosniaAndHerzegovina', 'KN': 'SaintKittsAndNevis',
    'LC': 'SaintLucia', 'VC': 'SaintVincentAndTheGrenadines', 'ST': 'SaoTomeAndPrincipe',
    'TT': 'TrinidadAndTobago', 'TL': 'EastTimor', 'VA': 'VaticanCity', 'PS': 'Palestine',
    'FM': 'Micronesia', 'SZ': 'Eswatini', 'CV': 'CapeVerde', 'MK': 'NorthMacedonia',
}

def camel(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('&', ' and ').replace('St.', 'Saint')
    parts = re.split(r'[^A-Za-z0-9]+', s)
    return ''.join(p[:1].upper() + p[1:] for p in parts if p)

def country_iri(code):
    if code in IRI_OVERRIDES:
        return IRI_OVERRIDES[code]
    from babel import Locale
    return camel(Locale('en').territories[code])

_COUNTRY_IRIS = None
def ref(x):
    """Turn an ISO2 code or a local name into a prefixed IRI."""
    global _COUNTRY_IRIS
    x = x.strip()
    if re.fullmatch(r'[A-Z]{2}', x):
        if _COUNTRY_IRIS is None:
            _COUNTRY_IRIS = {c: country_iri(c) for c in COUNTRY_CODES}
        if x not in _COUNTRY_IRIS:
            raise ValueError('unknown country code ' + x)
        return 'e:' + _COUNTRY_IRIS[x]
    if not re.fullmatch(r'[A-Za-z][A-Za-z0-9_]*', x):
        raise ValueError('bad reference %r' % x)
    return 'e:' + x

def lit(s, lang=None):
    s = s.strip().replace('\\', '\\\\').replace('"', '\\"')
    return '"%s"@%s' % (s, lang) if lang else '"%s"' % s

def norm_date(d):
    d = d.strip()
    if re.fullmatch(r'\d{4}', d):
        d += '-01-01'
    elif re.fullmatch(r'\d{4}-\d{2}', d):
        d += '-01'
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', d):
        raise ValueError('bad date ' + d)
    return '"%s"^^xsd:date' % d

def split_list(s):
    return [x.strip() for x in re.split(r'[;؛]', s) if x.strip()]

def uniq(xs):
    out, seen = [], set()
    for x in xs:
        if x not in seen:
            seen.add(x); out.append(x)
    return out

def entity_ttl(iri, typ, en, ar, ar_alts=(), en_alts=(), props=(), roles=()):
    """props: list of (predicate, object-string) already in Turtle syntax."""
    lines = ['%s a isnad:%s ;' % (iri, typ)]
    lines.append('    rdfs:label %s , %s ;' % (lit(en, 'en'), lit(ar, 'ar')))
    alts = [lit(a, 'en') for a in uniq(en_alts) if a != en] + \
           [lit(a, 'ar') for a in uniq(ar_alts) if a != ar]
    if alts:
        lines.append('    skos:altLabel %s ;' % ' , '.join(alts))
    for p, o in props:
        lines.append('    %s %s ;' % (p, o))
    if roles:
        rs = []
        for kind, of, frm, until in roles:
            r = '[ isnad:roleKind isnad:%s ; isnad:roleOf %s' % (kind, of)
            if frm:
                r += ' ; isnad:from %s' % norm_date(frm)
            if until:
                r += ' ; isnad:until %s' % norm_date(until)
            rs.append(r + ' ]')
        lines.append('    isnad:heldRole ' + ' ,\n        '.join(rs) + ' ;')
    lines[-1] = lines[-1][:-2] + ' .'
    return '\n'.join(lines) + '\n'

def parse_lex(path):
    """Yield dicts for each record in a .lex file."""
    typ = None
    recs = []
    for n, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.rstrip('\n')
        s = line.strip()
        if not s or s.startswith('#'):
            continue
        try:
            if s.startswith('@type'):
                typ = s.split()[1]
                continue
            if s.startswith('+'):
                toks = s[1:].split()
                kind, of = toks[0], toks[1]
                if kind not in ROLE_KINDS:
                    raise ValueError('unknown role kind ' + kind)
                frm = toks[2] if len(toks) > 2 and toks[2] != '-' else None
                until = toks[3] if len(toks) > 3 and toks[3] != '-' else None
                recs[-1]['roles'].append((kind, ref(of), frm, until))
                continue
            f = [x.strip() for x in s.split('|')]
            f += [''] * (6 - len(f))
            props = {}
            for kv in split_list(f[5]):
                k, v = kv.split('=', 1)
                props[k.strip()] = v.strip()
            recs.append(dict(id=f[0], en=f[1], ar=f[2], ar_alts=split_list(f[3]),
                             en_alts=split_list(f[4]), props=props,
                             type=props.get('type', typ), roles=[], line=n))
        except Exception as ex:
            raise SystemExit('%s:%d: %s\n  %s' % (path, n, ex, line))
    return recs

def rec_to_ttl(r):
    props = []
    p = r['props']
    if 'country' in p:
        for c in p['country'].split(','):
            props.append(('isnad:country', ref(c)))
    if r['type'] == 'Person' and 'gender' not in p:
        p['gender'] = 'm'          # people files mark women with g=f
    if 'g' in p:
        p['gender'] = p.pop('g')
    if 'gender' in p:
        props.append(('isnad:gender', lit({'m': 'male', 'f': 'female'}.get(p['gender'], p['gender']))))
    if 'adj' in p:
        props.append(('isnad:adjective', ' , '.join(lit(a, 'ar') for a in p['adj'].split(','))))
    if 'plural' in p:
        props.append(('isnad:plural', ' , '.join(lit(a, 'ar') for a in p['plural'].split(','))))
    if 'iso' in p:
        props.append(('isnad:isoCode', lit(p['iso'])))
    return entity_ttl('e:' + r['id'], r['type'], r['en'], r['ar'], r['ar_alts'], r['en_alts'],
                      props, r['roles'])

def write_lex_file(src_names, out_name, header, extra=()):
    recs = list(extra)
    for s in src_names:
        recs += parse_lex(os.path.join(DATADIR, s))
    out = [header.rstrip() + '\n', PREFIXES]
    for r in recs:
        out.append(rec_to_ttl(r))
    with open(os.path.join(LEXDIR, out_name), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))
    return len(recs)
