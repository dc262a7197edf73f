"""Confidential ("afgeschermde") cases: sealing, who may open them, reading, lifting the seal."""
