#!/usr/bin/env python3
"""Validate compiled bundles against docs/bundle.schema.json with an independent validator.

Usage: validate-bundles.py SCHEMA BUNDLE...   Exit 0 when every bundle is valid, 1 otherwise.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python package `jsonschema` is missing: pip install jsonschema (.ci/run installs it)", file=sys.stderr)
    sys.exit(3)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as handle:
            bundle = json.load(handle)
        errors = sorted(validator.iter_errors(bundle), key=lambda error: list(error.absolute_path))
        for error in errors[:20]:
            location = "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: {location}: {error.message}")
        failures += bool(errors)
        if not errors:
            print(f"{path}: valid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
