"""The data stage: the corpus (embedded, the full study's dataset, or a user's table), its splits and tiers,
and replayed prediction files."""
