"""Stage 5, report: the auditor's self-contained HTML page and XLSX workbook of findings."""
