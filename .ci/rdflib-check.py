#!/usr/bin/python3
"""Reads newskg's exports with a second RDF stack (rdflib, from Debian's python3-rdflib) as a
consumer without newskg's ontology would, and fails on anything that only Jena would accept.

usage: rdflib-check.py GRAPH.ttl GRAPH.jsonld GRAPH.trig
"""
import sys

import rdflib
from rdflib.compare import isomorphic

ttl_path, jsonld_path, trig_path = sys.argv[1:4]
failures = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what)


ttl = rdflib.Graph().parse(ttl_path, format="turtle")
js = rdflib.Graph().parse(jsonld_path, format="json-ld")
trig = rdflib.Dataset()
trig.parse(trig_path, format="trig")

check(len(ttl) > 0, f"Turtle parses: {len(ttl)} triples")
check(len(js) == len(ttl), f"JSON-LD parses to as many triples as the Turtle ({len(js)} vs {len(ttl)})")
check(isomorphic(js, ttl), "JSON-LD and Turtle are the same graph")
graphs = [g for g in trig.graphs() if g.identifier != rdflib.URIRef("urn:x-rdflib:default")]
check(len(graphs) > 1, f"TriG parses with its named graphs ({len(graphs)})")

PREFIXES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nkg: <https://w3id.org/newskg/ontology#>
"""

for name, graph in (("Turtle", ttl), ("JSON-LD", js)):
    rows = list(graph.query(PREFIXES + """
        SELECT DISTINCT ?name ?orgName ?roleName {
          ?m a org:Membership ; org:member ?p ; org:organization ?o ; org:role ?r .
          ?p a schema:Person , foaf:Person ; rdfs:label ?name .
          ?o a org:Organization ; rdfs:label ?orgName .
          ?r a org:Role ; rdfs:label ?roleName .
        }"""))
    check(len(rows) > 0, f"{name}: memberships found by standard types and labels alone ({len(rows)})")
    months = list(graph.query(PREFIXES + """
        SELECT ?ym { ?i nkg:precision time:unitMonth ; time:inXSDgYearMonth ?ym . }"""))
    check(len(months) > 0 and all(str(r[0].datatype) == str(rdflib.XSD.gYearMonth) for r in months),
          f"{name}: month-precise dates as xsd:gYearMonth ({len(months)})")
    keys = list(graph.query(PREFIXES + "SELECT ?x { ?x nkg:nameKey ?k } LIMIT 1"))
    check(not keys, f"{name}: no name keys")
    tags = {lit.language for lit in graph.objects() if isinstance(lit, rdflib.Literal) and lit.language}
    # The sample articles include Simplified Chinese: its tag keeps its BCP 47 case.
    check("zh-Hans" in tags and "zh-hans" not in tags, f"{name}: language tags as written ({', '.join(sorted(tags))})")

print(f"{len(failures)} failed" if failures else "rdflib: all checks passed")
sys.exit(1 if failures else 0)
