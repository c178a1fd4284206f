"""Validates a FHIR R4 Bundle with the fhir.resources models (R4B: structure, types and
cardinality). Prints "valid <n> resources" or the errors, and exits non-zero on errors."""
import json
import sys

from fhir.resources.R4B.bundle import Bundle

with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
try:
    bundle = Bundle.model_validate_json(text) if hasattr(Bundle, "model_validate_json") else Bundle.parse_raw(text)
except Exception as e:  # the models raise pydantic's ValidationError
    print(e)
    sys.exit(1)
print("valid", len(bundle.entry or []), "resources")
