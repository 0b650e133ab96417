# Rack endpoint answering in the format the client negotiated: Rails keeps
# only registered MIME types in request.formats, so the method called is one
# of the payload's own to_<format> converters.
class StatusEndpoint
  def call(env)
    request = ActionDispatch::Request.new(env)
    mime = request.formats.first
    payload = { status: "ok", version: VERSION }
    converter = "to_#{mime.to_sym}"
    body = payload.respond_to?(converter) ? payload.public_send(converter) : payload.to_json
    [200, { "Content-Type" => mime.to_s }, [body]]
  end
end
