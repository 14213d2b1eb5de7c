class SmsCapReached(Exception):
    """The unit has used its SMS budget for this month; the message says how many are left."""
