"""The Word (docxtpl) and PDF (WeasyPrint, PDF/UA) exports of the plan, the agreement versions and "Jaar in beeld".

`data` turns each into plain dicts with Dutch keys: the placeholders an editor may use in a
replacement Word template (listed in `fields`), and the context of the PDF templates too, so both
files always say the same.
"""
