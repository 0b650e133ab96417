class ScriptsController < ApplicationController
  def run
    Widget.new.instance_eval(params[:code]) # vigil:expect VGL-RUBY-EVAL-001
    Widget.class_eval(params[:body]) # vigil:expect VGL-RUBY-EVAL-001
  end
end
