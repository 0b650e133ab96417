module ProfileHelper
  def website_link
    link_to "Website", params[:website] # vigil:expect VGL-RUBY-XSS-001
  end
end
