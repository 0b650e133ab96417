module SearchHelper
  def results_heading
    raw("<h2>Results for #{params[:q]}</h2>") # vigil:expect VGL-RUBY-XSS-001
  end
end
