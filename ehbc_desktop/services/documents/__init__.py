"""Printed documents: what the picker offers, their inputs, rendering and saving."""
