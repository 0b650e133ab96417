# Rack middleware redirecting to a URL the query string chose.
class Bounce
  def initialize(app)
    @app = app
  end

  def call(env)
    request = Rack::Request.new(env)
    target = request.params["next"]
    return [302, { "Location" => target }, []] # vigil:expect VGL-RUBY-REDIRECT-001
  end
end
