class ProfilesController < ApplicationController
  def preview
    bio = params[:bio] # vigil:source
    render html: helpers.bio_paragraph(bio) # vigil:expect VGL-RUBY-XSS-001
  end
end
