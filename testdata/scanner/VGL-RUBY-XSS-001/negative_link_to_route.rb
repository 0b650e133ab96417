module ProfileHelper
  def links
    link_to params[:name], user_path(params[:id])
  end
  def back
    link_to "Back", url_for(controller: "users", action: params[:from] == "list" ? "index" : "show")
  end
end
