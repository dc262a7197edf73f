"""Closing and reopening a case; the dashboard's list of idle cases."""
