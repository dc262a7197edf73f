"""The agenda page: follow-ups, agreement deadlines and observation reminders across cases."""
