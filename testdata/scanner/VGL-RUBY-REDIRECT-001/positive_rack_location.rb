class RedirApp
  def call(env)
    req = Rack::Request.new(env)
    [302, { "Location" => req.params["next"] }, []] # vigil:expect VGL-RUBY-REDIRECT-001
  end
end
