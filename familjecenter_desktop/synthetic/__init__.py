"""Synthetic data at county scale for benchmarks: made-up content only.

Nothing here is imported by the application. The generator is seeded and
deterministic: the same size and seed always give the same rows.
"""
