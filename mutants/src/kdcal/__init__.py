"""kdcal: temperature scaling or knowledge distillation? Calibration of text classifiers.

The package holds all math and model code of the kdcal workflow; the Snakemake scripts under
``workflow/scripts`` only read inputs, call into it and write outputs.
"""

__version__ = "0.1.0"
