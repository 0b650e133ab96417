# Rack endpoint calling whatever method the query string names.
class ReportEndpoint
  def call(env)
    request = ActionDispatch::Request.new(env)
    report = Report.latest
    body = report.public_send(request.params["view"]) # vigil:expect VGL-RUBY-EVAL-001
    [200, { "Content-Type" => "text/plain" }, [body.to_s]]
  end
end
