module SearchHelper
  def results_heading
    raw("<h2>Results for #{h(params[:q])}</h2>")
  end
end
