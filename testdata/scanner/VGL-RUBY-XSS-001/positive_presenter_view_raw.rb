class BioPresenter
  def initialize(view, text)
    @view = view
    @text = text
  end

  def html
    @view.raw(@text) # vigil:expect VGL-RUBY-XSS-001
  end
end

class ProfilesController < ApplicationController
  def show
    @bio = BioPresenter.new(view_context, params[:bio]).html
  end
end
