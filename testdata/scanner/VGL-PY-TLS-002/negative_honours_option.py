# An HTTP client library turning verification off only when its caller
# asked for it: the caller's choice, not this code's.
import ssl


def context_for(request):
    ctx = ssl.create_default_context(cafile=request.ca_certs)
    if not request.validate_cert:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def from_options(ssl_options):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ssl_options["cert_reqs"] == ssl.CERT_NONE:
        context.check_hostname = False
    return context
