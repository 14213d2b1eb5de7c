"""django-q2 tasks: take an id, call the domain. Each is safe to run more than once."""

from .domain import delivery, inbound, retention


def deliver(outbound_id):
    return delivery.deliver(outbound_id)


def dispatch_due():
    return delivery.dispatch_due()


def process_inbound(inbound_id):
    return inbound.process(inbound_id)


def purge_old_messages():
    return retention.purge_old_messages()
