module ProfileHelper
  def website_link
    link_to "Website", params[:website]
  end
end
