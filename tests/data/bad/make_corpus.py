#!/usr/bin/env python3
"""Writes the hostile-input corpus next to this script: files the program must refuse with
exit status 1 and one line on stderr, changing no byte of the workspace or of the file itself.

    tests/data/bad/make_corpus.py GTM_WORKBENCH   (the built program: it makes the base workspace)

Folders by what the file is given as:
    table/      gtm-workbench import WORKSPACE FILE   (.csv and .json tables, JSON workspaces)
    model/      gtm-workbench model WORKSPACE --set FILE
    workspace/  gtm-workbench score FILE, check FILE and import FILE t.csv
    workspace-check/  gtm-workbench check FILE: a workspace another program wrote with names the
                program refuses; read and scored (names escaped on the terminal), flagged by check
Each file's name says what is wrong with it. The files are committed; this script only makes
them again (tst_cli's hostileCorpus reads them)."""
import json, os, shutil, sqlite3, struct, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
program = sys.argv[1]

def put(folder, name, data):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    with open(os.path.join(HERE, folder, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

for folder in ('table', 'model', 'workspace', 'workspace-check'):
    shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)

H = 'vertical,context.ai_enthusiasm,capabilities.ai_talent,market.size_usd_bn\r\n'
def csv(rows, head=H):
    return head + ''.join(r + '\r\n' for r in rows)

# --- CSV tables -------------------------------------------------------------------------
tables = {
    'unclosed-quote.csv': csv(['"Finance,4,4,2']),
    'quote-inside-field.csv': csv(['Fin"ance,4,4,2']),
    'text-after-quote.csv': csv(['"Finance"x,4,4,2']),
    'too-many-fields.csv': csv(['Finance,4,4,2,9']),
    'no-vertical-column.csv': csv(['4,4,2'], 'context.ai_enthusiasm,capabilities.ai_talent,market.size_usd_bn\r\n'),
    'empty.csv': '',
    'only-bom.csv': b'\xef\xbb\xbf',
    'heading-only-empty-name.csv': csv(['Finance,4,4,2'], 'vertical,,capabilities.ai_talent,market.size_usd_bn\r\n'),
    'duplicate-heading.csv': csv(['Finance,4,4,2'], 'vertical,context.ai_enthusiasm,context.ai_enthusiasm,market.size_usd_bn\r\n'),
    'value-out-of-range-high.csv': csv(['Finance,99,4,2']),
    'value-out-of-range-negative.csv': csv(['Finance,-1,4,2']),
    'value-not-a-number.csv': csv(['Finance,high,4,2']),
    'value-inf.csv': csv(['Finance,4,4,inf']),
    'value-nan.csv': csv(['Finance,4,4,nan']),
    'value-huge-exponent.csv': csv(['Finance,4,4,1e999']),
    'value-hex.csv': csv(['Finance,0x4,4,2']),
    'value-two-decimal-points.csv': csv(['Finance,4.5.1,4,2']),
    'value-with-unit.csv': csv(['Finance,4,4,2bn']),
    'value-thousands-dot.csv': csv(['Finance,4,4,"1.000,5"']),
    'name-empty.csv': csv([',4,4,2']),
    'name-only-spaces.csv': csv(['   ,4,4,2']),
    'name-escape.csv': csv(['Fin\x1b[31mance,4,4,2']),
    'name-nul.csv': csv(['Fin\x00ance,4,4,2']).encode('utf-8'),
    'name-bell.csv': csv(['Fin\x07ance,4,4,2']),
    'name-delete.csv': csv(['Fin\x7fance,4,4,2']),
    'name-c1-control.csv': csv(['Fin\u0085ance,4,4,2']),
    'name-line-feed-in-quotes.csv': csv(['"Fin\nance",4,4,2']),
    'name-zero-width-space.csv': csv(['Fin\u200bance,4,4,2']),
    'name-zero-width-joiner.csv': csv(['Fin\u200dance,4,4,2']),
    'name-word-joiner.csv': csv(['Fin\u2060ance,4,4,2']),
    'name-bom-inside.csv': csv(['Fin\ufeffance,4,4,2']),
    'name-right-to-left-override.csv': csv(['Fin\u202eecna,4,4,2']),
    'name-left-to-right-embedding.csv': csv(['\u202aFinance,4,4,2']),
    'name-isolate.csv': csv(['\u2066Finance\u2069,4,4,2']),
    'name-rtl-mark.csv': csv(['Finance\u200f,4,4,2']),
    'name-arabic-letter-mark.csv': csv(['Finance\u061c,4,4,2']),
    'name-too-long.csv': csv(['F' * 201 + ',4,4,2']),
    'names-equal-after-nfc.csv': csv(['Caf\u00e9,4,4,2', 'Cafe\u0301,3,3,1']),
    'names-equal-after-case-folding.csv': csv(['Finance,4,4,2', 'FINANCE,3,3,1']),
    'names-duplicate.csv': csv(['Finance,4,4,2', 'Finance,3,3,1']),
    'utf16-without-bom.csv': csv(['Finance,4,4,2']).encode('utf-16-le'),
    'utf16-big-endian-without-bom.csv': csv(['Finance,4,4,2']).encode('utf-16-be'),
    'invalid-utf8.csv': H.encode() + b'Fin\xff\xfeance,4,4,2\r\n',
    'overlong-utf8.csv': H.encode() + b'Fin\xc0\xafance,4,4,2\r\n',
    'heading-escape.csv': csv(['Finance,4'], 'vertical,Metric\x1b[0m\r\n'),
    'heading-too-long.csv': csv(['Finance,4'], 'vertical,' + 'M' * 201 + '\r\n'),
}
for name, data in tables.items():
    put('table', name, data)

# --- JSON tables and workspaces -----------------------------------------------------------
def j(value):
    return json.dumps(value, ensure_ascii=False)
json_tables = {
    'not-json.json': 'vertical: Finance',
    'truncated.json': '[{"vertical": "Finance", "context.ai_enthusiasm": 4',
    'trailing-comma.json': '[{"vertical": "Finance",}]',
    'single-quotes.json': "[{'vertical': 'Finance'}]",
    'number-at-top.json': '42',
    'string-at-top.json': '"Finance"',
    'null-at-top.json': 'null',
    'row-not-object.json': '[["Finance", 4]]',
    'row-without-vertical.json': j([{"context.ai_enthusiasm": 4}]),
    'value-object.json': j([{"vertical": "Finance", "context.ai_enthusiasm": {"v": 4}}]),
    'value-array.json': j([{"vertical": "Finance", "context.ai_enthusiasm": [4]}]),
    'value-bool.json': j([{"vertical": "Finance", "context.ai_enthusiasm": True}]),
    'value-out-of-range.json': j([{"vertical": "Finance", "capabilities.ai_talent": 99}]),
    'value-huge.json': '[{"vertical": "Finance", "market.size_usd_bn": 1e999}]',
    'value-nan-literal.json': '[{"vertical": "Finance", "market.size_usd_bn": NaN}]',
    'value-infinity-literal.json': '[{"vertical": "Finance", "market.size_usd_bn": Infinity}]',
    'duplicate-key-in-row.json': '[{"vertical": "Finance", "context.ai_enthusiasm": 4, "context.ai_enthusiasm": 1}]',
    'duplicate-vertical-key.json': '[{"vertical": "Finance", "vertical": "Retail"}]',
    'names-duplicate.json': j([{"vertical": "Finance"}, {"vertical": "finance"}]),
    'name-escape.json': j([{"vertical": "Fin\u001bance"}]),
    'name-bidi-override.json': j([{"vertical": "\u202eecnaniF"}]),
    'name-zero-width.json': j([{"vertical": "Fin\u200bance"}]),
    'name-nul.json': '[{"vertical": "Fin\\u0000ance"}]',
    'name-too-long.json': j([{"vertical": "F" * 201}]),
    'deep-nesting.json': '[' * 10000 + ']' * 10000,
    'deep-nesting-object.json': '{"a":' * 5000 + '1' + '}' * 5000,
    'invalid-utf8.json': b'[{"vertical": "Fin\xff\xfeance"}]',
    'workspace-wrong-format.json': j({"format": "something-else", "version": 1}),
    'workspace-newer-version.json': j({"format": "gtm-workbench-workspace", "version": 999}),
    'workspace-version-string.json': j({"format": "gtm-workbench-workspace", "version": "4"}),
    'workspace-duplicate-key.json': '{"format": "gtm-workbench-workspace", "format": "gtm-workbench-workspace", "version": 4}',
    'workspace-verticals-not-array.json': j({"format": "gtm-workbench-workspace", "version": 4, "verticals": {"Finance": {}}}),
    'workspace-vertical-without-name.json': j({"format": "gtm-workbench-workspace", "version": 4, "verticals": [{"values": {}}]}),
    'workspace-unknown-category.json': j({"format": "gtm-workbench-workspace", "version": 4, "product": {"name": "P", "category": "teleportation"}}),
    'workspace-custom-indicator-takes-builtin-name.json': j({"format": "gtm-workbench-workspace", "version": 4, "indicators": [{"id": "custom.talent", "name": "AI talent", "dimension": "custom", "unit": "", "min": 0, "max": 5}]}),
    'workspace-custom-indicator-takes-builtin-id.json': j({"format": "gtm-workbench-workspace", "version": 4, "indicators": [{"id": "capabilities.ai_talent", "name": "Talent", "dimension": "custom", "unit": "", "min": 0, "max": 5}]}),
    'workspace-custom-indicator-min-above-max.json': j({"format": "gtm-workbench-workspace", "version": 4, "indicators": [{"id": "custom.x", "name": "X", "dimension": "custom", "unit": "", "min": 5, "max": 0}]}),
    'workspace-value-out-of-range.json': j({"format": "gtm-workbench-workspace", "version": 4, "verticals": [{"name": "X", "values": {"capabilities.ai_talent": {"value": 99}}}]}),
}
for name, data in json_tables.items():
    put('table', name, data)

# --- Scoring models -------------------------------------------------------------------------
def model(nodes, indicators, name='m'):
    return {"name": name, "nodes": nodes, "indicators": indicators}
base_nodes = [{"id": "readiness", "name": "Readiness", "weight": 1},
              {"id": "risk", "name": "Risk", "weight": 1}]
def ind(i, parent, low=0, high=5, weight=1, **extra):
    d = {"id": i, "parent": parent, "weight": weight, "goalposts": [low, high]}
    d.update(extra)
    return d
models = {
    'not-json.json': 'model: yes',
    'array-at-top.json': '[]',
    'truncated.json': '{"name": "m", "nodes": [',
    'duplicate-key.json': '{"name": "m", "name": "n", "nodes": [], "indicators": []}',
    'goalposts-extreme.json': j(model(base_nodes, [ind("context.ai_enthusiasm", "readiness", -1e308, 1e308)])),
    'goalposts-equal.json': j(model(base_nodes, [ind("context.ai_enthusiasm", "readiness", 3, 3)])),
    'goalposts-reversed.json': j(model(base_nodes, [ind("context.ai_enthusiasm", "readiness", 5, 0)])),
    'goalposts-not-numbers.json': j(model(base_nodes, [ind("context.ai_enthusiasm", "readiness", "low", "high")])),
    'goalposts-huge.json': '{"name": "m", "nodes": [{"id": "readiness", "name": "R", "weight": 1}], "indicators": [{"id": "context.ai_enthusiasm", "parent": "readiness", "weight": 1, "goalposts": [0, 1e999]}]}',
    'weight-negative.json': j(model(base_nodes, [ind("context.ai_enthusiasm", "readiness", weight=-1)])),
    'weight-nan.json': '{"name": "m", "nodes": [{"id": "readiness", "name": "R", "weight": NaN}], "indicators": []}',
    'unknown-parent.json': j(model(base_nodes, [ind("context.ai_enthusiasm", "nowhere")])),
    'unknown-indicator.json': j(model(base_nodes, [ind("no.such.indicator", "readiness")])),
    'duplicate-node-id.json': j(model(base_nodes + [{"id": "readiness", "name": "Again", "weight": 1}], [])),
    'cycle.json': j(model([{"id": "a", "name": "A", "weight": 1, "parent": "b"}, {"id": "b", "name": "B", "weight": 1, "parent": "a"}], [])),
    'self-parent.json': j(model([{"id": "a", "name": "A", "weight": 1, "parent": "a"}], [])),
    'too-deep.json': j(model([{"id": "n0", "name": "N0", "weight": 1}] + [{"id": "n%d" % i, "name": "N%d" % i, "weight": 1, "parent": "n%d" % (i - 1)} for i in range(1, 40)], [ind("context.ai_enthusiasm", "n39")])),
    'very-deep.json': j(model([{"id": "n0", "name": "N0", "weight": 1}] + [{"id": "n%d" % i, "name": "N%d" % i, "weight": 1, "parent": "n%d" % (i - 1)} for i in range(1, 1600)], [ind("context.ai_enthusiasm", "n1599")])),
    'too-many-nodes.json': j(model([{"id": "r", "name": "R", "weight": 1}] + [{"id": "n%d" % i, "parent": "r", "weight": 1} for i in range(10001)], [])),
    'node-name-escape.json': j(model([{"id": "readiness", "name": "Read\u001biness", "weight": 1}], [])),
    'nodes-not-array.json': j({"name": "m", "nodes": {"readiness": 1}, "indicators": []}),
    'invalid-utf8.json': b'{"name": "m\xff", "nodes": [], "indicators": []}',
    'deep-nesting.json': '{"name":' * 4000 + '1' + '}' * 4000,
}
for name, data in models.items():
    put('model', name, data)

# --- Workspace files ----------------------------------------------------------------------
work = tempfile.mkdtemp()
good = os.path.join(work, 'good.gtmw')
subprocess.run([program, 'new', '--sample', '--sample-lang', 'en', good], check=True,
               stdout=subprocess.DEVNULL)
# Three verticals of the sample are enough, and keep the files small.
db = sqlite3.connect(good)
db.execute('PRAGMA foreign_keys = ON')
db.execute("DELETE FROM vertical WHERE name NOT IN ('Finance', 'Retail', 'Technology')")
db.commit()
db.execute('VACUUM')
db.close()
assert subprocess.run([program, 'check', good], stdout=subprocess.DEVNULL).returncode == 0
raw = open(good, 'rb').read()
def variant(name, change):
    path = os.path.join(work, os.path.basename(name))
    shutil.copy(good, path)
    db = sqlite3.connect(path)
    change(db)
    db.commit()
    db.close()
    folder, _, base = name.rpartition('/')
    put(folder or 'workspace', base, open(path, 'rb').read())
put('workspace', 'empty.gtmw', b'')
put('workspace', 'text-file.gtmw', 'vertical,context.ai_enthusiasm\nFinance,4\n')
put('workspace', 'random-bytes.gtmw', bytes((i * 7919 + 13) % 251 for i in range(8192)))
put('workspace', 'truncated-header.gtmw', raw[:50])
put('workspace', 'truncated-half.gtmw', raw[:len(raw) // 2])
put('workspace', 'truncated-one-page.gtmw', raw[:4096])
put('workspace', 'zeroed-second-page.gtmw', raw[:4096] + b'\0' * 4096 + raw[8192:])
put('workspace', 'garbage-last-pages.gtmw', raw[:len(raw) - 8192] + bytes((i * 31) % 256 for i in range(8192)))
put('workspace', 'sqlite-header-only.gtmw', b'SQLite format 3\0' + b'\0' * 84)
variant('other-application.gtmw', lambda db: db.execute('PRAGMA application_id = 12345'))
variant('newer-version.gtmw', lambda db: db.execute('PRAGMA user_version = 99'))
variant('unknown-version-zero.gtmw', lambda db: db.execute('PRAGMA user_version = 0'))
variant('value-as-text.gtmw', lambda db: db.execute("UPDATE indicator_value SET value = '3,5' WHERE vertical_id = (SELECT MIN(vertical_id) FROM indicator_value)"))
variant('value-out-of-range.gtmw', lambda db: db.execute("UPDATE indicator_value SET value = 99 WHERE indicator_id = 'capabilities.ai_talent'"))
variant('unknown-category.gtmw', lambda db: db.execute("UPDATE product SET category = 'teleportation'"))
variant('dropped-table.gtmw', lambda db: db.execute('DROP TABLE indicator_value'))
variant('workspace-check/name-with-escape.gtmw', lambda db: db.execute("UPDATE vertical SET name = 'Fin' || char(27) || 'ance' WHERE name = 'Finance'"))
def equal_after_nfc(db):
    db.execute("UPDATE vertical SET name = 'Caf\u00e9' WHERE name = 'Finance'")
    db.execute("UPDATE vertical SET name = 'Cafe\u0301' WHERE name = 'Retail'")
variant('workspace-check/names-equal-after-nfc.gtmw', equal_after_nfc)
shutil.rmtree(work)

count = sum(len(files) for _, _, files in os.walk(HERE)) - 1  # this script
print('%d hostile files' % count)
