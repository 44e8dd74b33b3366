#!/usr/bin/env python3
"""Sanity checks for the isnad lexicon (ontology/lexicon/*.ttl).

 * every file parses (rdflib);
 * every entity has exactly one English and one Arabic rdfs:label;
 * every isnad:country / isnad:capital / isnad:roleOf object is an entity defined somewhere;
 * no IRI is defined with two different types, and no IRI is typed in two files;
 * role nodes use a known role kind and have roleOf; from <= until;
 * Arabic labels: at least 3 letters; each Arabic label/altLabel belongs to one entity only
   (exact clashes are errors; clashes after normalising hamza/alef, ta marbuta, alef maqsura
   and diacritics are reported as warnings).

    python3 ontology/tools/check_lexicon.py [--warn]     exit status 1 on errors
"""
import sys, os, re, glob
from collections import defaultdict
import rdflib
from rdflib import RDF, RDFS, Namespace, Literal, URIRef

ISNAD = Namespace('https://w3id.org/isnad/ontology#')
SKOS = Namespace('http://www.w3.org/2004/02/skos/core#')
HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.normpath(os.path.join(HERE, '..', 'lexicon'))
ROLE_KINDS = {'HeadOfState', 'HeadOfGovernment', 'ForeignMinister', 'DefenseMinister',
              'FinanceMinister', 'InteriorMinister', 'Spokesperson', 'Leader',
              'SecretaryGeneral', 'CrownPrince', 'VicePresident', 'Envoy'}
TYPES = {'Country', 'City', 'Region', 'Organization', 'Outlet', 'Person', 'Agreement'}

def norm_ar(s):
    s = re.sub('[\u064B-\u0652\u0670\u0640]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ة', 'ه').replace('ى', 'ي')
    return ' '.join(s.split())

def short(u):
    return str(u).rsplit('/', 1)[-1]

def main():
    show_warn = '--warn' in sys.argv
    errors, warns = [], []
    g = rdflib.Graph()
    typed_in = defaultdict(set)
    files = sorted(glob.glob(os.path.join(LEXDIR, '*.ttl')))
    for f in files:
        fg = rdflib.Graph()
        try:
            fg.parse(f, format='turtle')
        except Exception as ex:
            errors.append('%s: parse error: %s' % (f, ex)); continue
        for s, _, o in fg.triples((None, RDF.type, None)):
            if isinstance(s, URIRef) and str(o).startswith(str(ISNAD)):
                typed_in[s].add(os.path.basename(f))
        g += fg
    entities = {}
    counts = defaultdict(int)
    for s in set(g.subjects(RDF.type, None)):
        if not isinstance(s, URIRef):
            continue
        ts = {short(o).split('#')[-1] for o in g.objects(s, RDF.type)}
        if len(ts) > 1:
            errors.append('%s has several types: %s' % (short(s), ts))
        t = sorted(ts)[0]
        if t not in TYPES:
            errors.append('%s has unknown type %s' % (short(s), t))
        if len(typed_in[s]) > 1:
            errors.append('%s defined in several files: %s' % (short(s), typed_in[s]))
        entities[s] = t
        counts[t] += 1
    # labels
    owners = defaultdict(set)
    nowners = defaultdict(set)
    for s, t in entities.items():
        labels = list(g.objects(s, RDFS.label))
        for lang in ('en', 'ar'):
            n = sum(1 for l in labels if isinstance(l, Literal) and l.language == lang)
            if n != 1:
                errors.append('%s: %d rdfs:label@%s' % (short(s), n, lang))
        for l in labels + list(g.objects(s, SKOS.altLabel)):
            if isinstance(l, Literal) and l.language == 'ar':
                txt = str(l)
                if len(re.sub('[^\u0621-\u064A]', '', txt)) < 3:
                    errors.append('%s: Arabic label too short: %r' % (short(s), txt))
                if re.search('[A-Za-z]', txt):
                    errors.append('%s: Latin letters in Arabic label %r' % (short(s), txt))
                owners[txt].add(s)
                nowners[norm_ar(txt)].add(s)
    for txt, ss in sorted(owners.items()):
        if len(ss) > 1:
            errors.append('Arabic label shared: %r -> %s' % (txt, ', '.join(sorted(map(short, ss)))))
    for txt, ss in sorted(nowners.items()):
        if len(ss) > 1 and not any(len(owners[o]) > 1 for o in owners if norm_ar(o) == txt):
            warns.append('normalised Arabic label shared: %r -> %s' % (txt, ', '.join(sorted(map(short, ss)))))
    # references
    for p in (ISNAD.country, ISNAD.capital, ISNAD.roleOf):
        for s, o in g.subject_objects(p):
            if o not in entities:
                errors.append('%s -> undefined %s' % (p.split('#')[-1], short(o)))
    for s, o in g.subject_objects(ISNAD.capital):
        if entities.get(o) != 'City':
            errors.append('capital of %s is not a City: %s' % (short(s), short(o)))
    for s, r in g.subject_objects(ISNAD.heldRole):
        kinds = list(g.objects(r, ISNAD.roleKind))
        if len(kinds) != 1 or short(kinds[0]).split('#')[-1] not in ROLE_KINDS:
            errors.append('%s: bad roleKind %s' % (short(s), kinds))
        if len(list(g.objects(r, ISNAD.roleOf))) != 1:
            errors.append('%s: role without exactly one roleOf' % short(s))
        fr = [str(x) for x in g.objects(r, ISNAD['from'])]
        un = [str(x) for x in g.objects(r, ISNAD.until)]
        if fr and un and un[0] < fr[0]:
            errors.append('%s: role ends before it starts (%s > %s)' % (short(s), fr[0], un[0]))
        if entities.get(s) != 'Person':
            errors.append('%s: heldRole on non-person' % short(s))
    nroles = len(list(g.subject_objects(ISNAD.heldRole)))
    print('files: %d, triples: %d, roles: %d' % (len(files), len(g), nroles))
    print('entities: ' + ', '.join('%s %d' % kv for kv in sorted(counts.items())) +
          ', total %d' % sum(counts.values()))
    if show_warn:
        for w in warns:
            print('WARN', w)
    else:
        print('%d warnings (run with --warn to list)' % len(warns))
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
