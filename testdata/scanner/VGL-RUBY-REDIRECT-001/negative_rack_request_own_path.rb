# Rack middleware: lower-case the path and send the browser to it. The path
# is the page's own (a redirect to it stays on this site); the query string
# is kept from request.params only for logging.
class LowercasePath
  def initialize(app)
    @app = app
  end

  def call(env)
    request = Rack::Request.new(env)
    Rails.logger.info(request.params.keys.join(","))
    if request.path =~ /[A-Z]/
      return [301, { "Location" => request.path.downcase }, []]
    end
    @app.call(env)
  end
end
