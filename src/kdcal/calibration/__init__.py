"""The post-hoc calibration stage: temperature scaling and the other calibration maps
(``kdcal.calibration.maps``), each declared once in ``kdcal.calibration.registry``."""
