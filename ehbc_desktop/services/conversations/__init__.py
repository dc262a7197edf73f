"""Finishing conversation forms: their rules, frozen answers and the records they leave."""
