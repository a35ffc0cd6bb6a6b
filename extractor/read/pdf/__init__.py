"""PDF reading: opening (:mod:`.opening`), text-layer lines (:mod:`.lines`), ruled tables
(:mod:`.tables`), scanned pages through OCR (:mod:`.scan`), and the page-by-page reader that
puts them together (:mod:`.text_layer`)."""
