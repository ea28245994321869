#!/usr/bin/python3
"""Checks that what gtm-workbench writes matches the JSON Schemas documented in the README.

Usage: validate_schemas.py GTM_WORKBENCH SCHEMA_DIR
Runs the real executable on the sample workspace: `score --format json` (with and without a
sensitivity analysis) against scores.schema.json, `model --get` against model.schema.json and
`recommend --format json` against recommendation.schema.json.
A schema that is wrong in the other direction is caught too: a deliberately broken document must
fail validation.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def main():
    executable, schemas = sys.argv[1], Path(sys.argv[2])
    scores_schema = json.loads((schemas / "scores.schema.json").read_text())
    model_schema = json.loads((schemas / "model.schema.json").read_text())
    recommendation_schema = json.loads((schemas / "recommendation.schema.json").read_text())
    jsonschema.Draft7Validator.check_schema(scores_schema)
    jsonschema.Draft7Validator.check_schema(model_schema)
    jsonschema.Draft7Validator.check_schema(recommendation_schema)

    with tempfile.TemporaryDirectory() as folder:
        workspace = str(Path(folder) / "s.gtmw")
        run(executable, "new", "--sample", workspace)
        plain = json.loads(run(executable, "score", workspace, "--format", "json"))
        jsonschema.validate(plain, scores_schema)
        robust = json.loads(run(executable, "score", workspace, "--format", "json",
                                "--sensitivity", "100", "--seed", "3"))
        jsonschema.validate(robust, scores_schema)
        assert "sensitivity" in robust and "sensitivity" in robust["verticals"][0]

        model_file = str(Path(folder) / "m.json")
        run(executable, "model", workspace, "--get", model_file)
        model = json.loads(Path(model_file).read_text())
        jsonschema.validate(model, model_schema)
        assert model["formatVersion"] == 2
        assert model["minimumCoverage"] == 70
        assert model["recommendation"] == {"robustShare": 60, "goFirstMax": 3}

        for key, value in (("minimumCoverage", 120),
                           ("recommendation", {"robustShare": 60, "goFirstMax": 0}),
                           ("recommendation", {"robustShare": 60, "goFirstMax": 2.5}),
                           ("recommendation", {"robustShare": 60, "goFirst": 3})):
            try:
                jsonschema.validate(dict(model, **{key: value}), model_schema)
            except jsonschema.ValidationError:
                pass
            else:
                sys.exit(f"the model schema accepts {key} = {value}")

        recommendation = json.loads(run(executable, "recommend", workspace, "--format", "json",
                                        "--runs", "200"))
        jsonschema.validate(recommendation, recommendation_schema)
        assert len(recommendation["verticals"]) == len(plain["verticals"])
        wrong_wave = dict(recommendation)
        wrong_wave["verticals"] = [dict(recommendation["verticals"][0], wave="later")]
        try:
            jsonschema.validate(wrong_wave, recommendation_schema)
        except jsonschema.ValidationError:
            pass
        else:
            sys.exit("the recommendation schema accepts an unknown wave")

        broken = dict(plain)
        broken["verticals"] = [dict(plain["verticals"][0], quadrant="later")]
        try:
            jsonschema.validate(broken, scores_schema)
        except jsonschema.ValidationError:
            pass
        else:
            sys.exit("the scores schema accepts an unknown quadrant")
    print("scores, model and recommendation JSON match their schemas")


if __name__ == "__main__":
    main()
