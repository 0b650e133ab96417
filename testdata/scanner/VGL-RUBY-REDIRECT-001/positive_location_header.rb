class SessionsController < ApplicationController
  def return_to
    response.headers["Location"] = params[:return_to] # vigil:expect VGL-RUBY-REDIRECT-001
    head :found
  end

  def continue
    target = "#{params[:next]}"
    headers['Location'] = target # vigil:expect VGL-RUBY-REDIRECT-001
    render plain: "", status: 302
  end
end

class LinksController < ApplicationController
  def out
    response.location = params[:to] # vigil:expect VGL-RUBY-REDIRECT-001
    head :see_other
  end
end
