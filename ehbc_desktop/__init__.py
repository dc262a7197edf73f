"""EHBC Desktop: case files for cyberbullying at school ("Eerste Hulp Bij Cyberpesten")."""

__version__ = "0.1.0"
