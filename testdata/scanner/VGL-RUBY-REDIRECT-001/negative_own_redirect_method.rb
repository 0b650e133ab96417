# A Rack middleware with its own redirect_to: the method checks the scheme and
# builds the response itself; calls to it are not Rails' redirect_to.
class ReturnMiddleware
  def initialize(app)
    @app = app
  end

  def call(env)
    request = Rack::Request.new(env)
    return @app.call(env) unless request.post?
    redirect_to request.params["location"]
  end

  private
    def redirect_to(location)
      uri = URI.parse(location.to_s)
      return [400, { "Content-Type" => "text/plain" }, ["bad location"]] unless uri.relative?
      [302, { "Location" => uri.path }, []]
    end
end
