@extends('layouts.app')

@section('content')
<div class="profile">
    <h1>{{ $user->name }}</h1>
    <div class="bio">{!! $bio !!}</div> <?php /* LABEL: CWE-79 */ ?>
    <ul class="links">
        @foreach ($links as $link)
            <li>{{ $link }}</li>
        @endforeach
    </ul>
</div>
@endsection
