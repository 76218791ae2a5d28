"""Guidance sheets for families: multilingual PDF handouts built with reportlab.

The engine works on plain dataclasses (``model``), so it can print any text; the
``adapter`` turns the catalogue's ``ServiceDetail`` into that data. No Qt here.
Public entry points: ``build.build_sheet`` (bytes of a PDF) and
``output.write_pdf_atomically``.
"""
