# A method that builds its own `params` object (a local shadowing the
# controller's request parameters) and marks the filtered copy permitted.
class Parameters
  def permit(*filters)
    params = self.class.new
    filters.flatten.each { |f| params[f] = self[f] if has_key?(f) }
    params.permit!
  end
end

class ReportJob
  def perform(attrs)
    params = attrs.slice(:title, :body)
    Report.create(params[:report])
  end
end
